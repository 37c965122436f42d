/* Touches memory until there is none: the OOM killer must end it (SIGKILL)
 * and the kernel must survive. */
#include <stdlib.h>
#include <string.h>

int main(void) {
  for (;;) {
    char *p = malloc(1 << 20);
    if (!p) return 3; /* overcommit: malloc keeps succeeding */
    memset(p, 1, 1 << 20);
  }
}
