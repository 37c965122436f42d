/* Thousands of zombies: children that exit at once and a parent that never
 * waits. They fill the process table (fork: EAGAIN); when the parent exits,
 * init adopts and reaps them all. Run with a big table (--nproc 4096). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int made = 0;
  for (;;) {
    pid_t pid = fork();
    if (pid == 0) _exit(made & 0xff);
    if (pid < 0) break;
    made++;
  }
  printf("%d zombies, then fork failed with %s\n", made, errno == EAGAIN ? "EAGAIN" : strerror(errno));
  return 0;
}
