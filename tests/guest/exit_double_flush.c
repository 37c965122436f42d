/* The exit vs _exit lesson. stdout is a pipe here, so it is fully
 * buffered: a forked child gets a copy of the unflushed "line 1", and
 * exit() flushes that copy a second time; _exit() throws it away. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  printf("line 1\n");
  pid_t pid = fork();
  if (pid == 0) {
    printf("child used exit\n");
    exit(0);
  }
  waitpid(pid, 0, 0);
  fflush(stdout);

  printf("line 2\n");
  pid = fork();
  if (pid == 0) {
    printf("never printed\n");
    _exit(0);
  }
  waitpid(pid, 0, 0);
  printf("stdout is a tty: %d\n", isatty(1));
  return 0;
}
