/* fork + wait: return values, exit status, death by signal, WNOHANG. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) return 1;
  if (pid == 0) {
    /* the child: its parent is the process that forked it */
    if (getppid() != parent) _exit(100);
    exit(42);
  }
  int status;
  pid_t got = waitpid(pid, &status, 0);
  printf("waited for the child: %d\n", got == pid);
  printf("exited %d, status %d\n", WIFEXITED(status), WEXITSTATUS(status));

  pid = fork();
  if (pid == 0) {
    for (;;) pause();
  }
  /* WNOHANG: the child is still running, nothing to reap yet */
  printf("WNOHANG while running: %d\n", waitpid(pid, &status, WNOHANG));
  kill(pid, SIGKILL);
  got = wait(&status);
  printf("killed: %d, signaled %d, signal %d\n", got == pid, WIFSIGNALED(status), WTERMSIG(status));

  /* three children, reaped in any order */
  for (int i = 0; i < 3; i++)
    if (fork() == 0) _exit(10 + i);
  int sum = 0;
  while ((got = wait(&status)) > 0) sum += WEXITSTATUS(status);
  printf("sum of statuses: %d, then wait fails: %d\n", sum, got);
  return 7;
}
