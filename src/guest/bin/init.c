/* init, pid 1: runs /etc/rc with the shell, then keeps a shell on the
 * terminal, and reaps every orphan the kernel hands it (SPEC §4.4: "init
 * reaps orphans"). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t spawn(char *const argv[]) {
  pid_t pid = fork();
  if (pid == 0) {
    setsid(); /* a new session: the shell gets the terminal */
    execv(argv[0], argv);
    fprintf(stderr, "init: cannot run %s\n", argv[0]);
    _exit(127);
  }
  return pid;
}

int main(void) {
  /* signals a user can type must not end init */
  signal(SIGINT, SIG_IGN);
  signal(SIGTERM, SIG_IGN);
  signal(SIGTSTP, SIG_IGN);
  if (access("/etc/rc", R_OK) == 0) {
    char *rc[] = {"/bin/sh", "/etc/rc", 0};
    pid_t pid = spawn(rc);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  }
  char *sh[] = {"/bin/sh", 0};
  pid_t shell = spawn(sh);
  for (;;) {
    int status;
    pid_t pid = wait(&status);
    if (pid < 0) {
      if (errno == ECHILD) pause(); /* nothing to reap until someone is orphaned */
      continue;
    }
    if (pid == shell) shell = spawn(sh); /* the terminal always has a shell */
  }
}
