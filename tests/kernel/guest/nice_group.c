/* setpriority(PRIO_PGRP) renices every process of a group;
 * getpriority(PRIO_PGRP) reports the group's highest priority; an
 * unprivileged user cannot lower a nice value again. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  setpgid(0, 0);
  pid_t child = fork();
  if (child == 0) {
    pause();
    _exit(0);
  }
  setpriority(PRIO_PGRP, 0, 7);
  printf("group at nice 7: %d %d, getpriority of the group: %d\n", getpriority(PRIO_PROCESS, 0),
         getpriority(PRIO_PROCESS, child), getpriority(PRIO_PGRP, getpgrp()));
  errno = 0;
  int r = setpriority(PRIO_PROCESS, 0, 0);
  printf("user: %s to go back to 0\n", r < 0 && errno == EACCES ? "EACCES" : "allowed");
  kill(child, SIGKILL);
  waitpid(child, 0, 0);
  return 0;
}
