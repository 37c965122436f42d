/* yes [STRING]: print STRING (or y) forever, until the reader goes away
 * (SIGPIPE ends us). */
#include <stdio.h>

int main(int argc, char **argv) {
  const char *s = argc > 1 ? argv[1] : "y";
  for (;;)
    if (puts(s) == EOF) return 1;
}
