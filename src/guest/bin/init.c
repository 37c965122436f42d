/* /bin/init, pid 1.
 *
 *   init                  run /etc/rc with the shell, then keep a shell on
 *                         the terminal
 *   init PROGRAM ARGS...  run one program, in $PWD (what `forklab run` and
 *                         `forklab sh` ask for)
 *
 * Either way it then reaps: every orphan on the system is reparented to
 * pid 1, and init's wait() loop is what finally collects it (SPEC §4.4). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t spawn(char *const argv[], int new_session) {
  pid_t pid = fork();
  if (pid == 0) {
    char *dir = getenv("PWD");
    /* Ignored signals stay ignored across exec: give the child the
     * defaults back, or no process could be ended with kill or ^C. */
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
    if (dir && chdir(dir) != 0) perror(dir);
    if (new_session) setsid(); /* a new session: it gets the terminal */
    execv(argv[0], argv);
    fprintf(stderr, "init: cannot run %s\n", argv[0]);
    _exit(127);
  }
  return pid;
}

int main(int argc, char **argv) {
  /* signals a user can type must not end init */
  signal(SIGINT, SIG_IGN);
  signal(SIGTERM, SIG_IGN);
  signal(SIGTSTP, SIG_IGN);
  pid_t shell = -1;
  char *sh[] = {"/bin/sh", 0};
  if (argc > 1) {
    spawn(argv + 1, 1);
  } else {
    if (access("/etc/rc", R_OK) == 0) {
      char *rc[] = {"/bin/sh", "/etc/rc", 0};
      pid_t pid = spawn(rc, 0);
      int status;
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    }
    shell = spawn(sh, 1);
  }
  for (;;) {
    int status;
    pid_t pid = wait(&status);
    if (pid < 0) {
      if (errno == ECHILD) pause(); /* nothing to reap until someone is orphaned */
      continue;
    }
    if (pid == shell) shell = spawn(sh, 1); /* the terminal always has a shell */
  }
}
