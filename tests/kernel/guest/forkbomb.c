/* Forks until the process table is full: fork must fail with EAGAIN. */
#include <errno.h>
#include <stdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  int made = 0;
  for (;;) {
    pid_t pid = fork();
    if (pid == 0) {
      pause(); /* hold the slot */
      _exit(0);
    }
    if (pid < 0) {
      printf("fork failed after %d children: %s\n", made, errno == EAGAIN ? "EAGAIN" : "other");
      fflush(stdout);
      break;
    }
    made++;
  }
  kill(0, SIGKILL); /* ends the children, and us */
  return 0;
}
