/* The same program as exit_double_flush, on a terminal: stdout is line
 * buffered there, so "line 1" is written before the fork and the child's
 * exit has nothing old to flush again. */
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
  printf("partial ");
  fprintf(stderr, "[stderr is unbuffered]\n");
  printf("line\nstdout is a tty: %d\n", isatty(1));
  return 0;
}
