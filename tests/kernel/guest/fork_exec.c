/* fork + exec + wait, the way a shell runs a command. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  pid_t pid = fork();
  if (pid == 0) {
    char *args[] = {"hello", "from", "exec", 0};
    execv("./hello", args);
    perror("execv");
    _exit(127);
  }
  int status;
  waitpid(pid, &status, 0);
  printf("child %s exited with %d\n", pid > 0 ? "ok" : "bad", WEXITSTATUS(status));
  return 0;
}
