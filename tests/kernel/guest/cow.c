/* Copy-on-write: after fork both processes see x at the same address; the
 * child's store gets it a private copy, so the parent's x is unchanged. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int x = 1;
static char big[3 * 4096];

int main(void) {
  big[0] = big[4096] = big[8192] = 1; /* three data pages, touched */
  pid_t pid = fork();
  if (pid == 0) {
    x = 2;
    printf("child: x=%d at %p\n", x, (void *)&x);
    exit(0);
  }
  wait(NULL);
  printf("parent: x=%d at %p\n", x, (void *)&x);
  return 0;
}
