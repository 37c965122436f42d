/* A child exits while its parent sleeps: it is a zombie until wait(). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  pid_t pid = fork();
  if (pid == 0) _exit(3);
  sleep(2);
  int status;
  pid_t got = wait(&status);
  printf("reaped %d with status %d\n", got == pid, WEXITSTATUS(status));
  return 0;
}
