/* fork + exec + wait with the six exec functions: argument lists, envp,
 * PATH search. The target is exec_target.sh, copied next to this binary
 * (the working directory). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int run(int which) {
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    char *argv[] = {"target", "v", 0};
    char *envp[] = {"FORKLAB_VAR=from-envp", 0};
    switch (which) {
      case 0: execl("./exec_target.sh", "target", "l", (char *)0); break;
      case 1: execv("./exec_target.sh", argv); break;
      case 2: execle("./exec_target.sh", "target", "le", (char *)0, envp); break;
      case 3: execve("./exec_target.sh", argv, envp); break;
      case 4: execlp("exec_target.sh", "target", "lp", (char *)0); break;
      case 5: execvp("exec_target.sh", argv); break;
    }
    printf("exec failed: %s\n", strerror(errno));
    _exit(127);
  }
  int status;
  waitpid(pid, &status, 0);
  return WEXITSTATUS(status);
}

int main(void) {
  setenv("PATH", "/nonexistent:.", 1);
  setenv("FORKLAB_VAR", "inherited", 1);
  for (int i = 0; i < 6; i++) printf("status %d\n", run(i));
  int r = execl("./no-such-program", "x", (char *)0);
  printf("missing: %d %s\n", r, strerror(errno));
  return 0;
}
