/* A parent that never waits: its children stay zombies and fill the
 * process table until fork fails with EAGAIN. When it exits, init adopts
 * the zombies and reaps them. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  int made = 0;
  for (;;) {
    pid_t pid = fork();
    if (pid == 0) _exit(0);
    if (pid < 0) {
      printf("fork failed with %s after %d zombies\n", errno == EAGAIN ? "EAGAIN" : "another error", made);
      return 0;
    }
    made++;
  }
}
