/* Makes N live processes for the UI benchmark: forks N - 1 children that
 * wait in pause(), then waits too. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1000;
  for (int i = 1; i < n; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      pause();
      _exit(0);
    }
    if (pid < 0) {
      printf("fork failed after %d children\n", i - 1);
      break;
    }
  }
  printf("ready\n");
  fflush(stdout);
  pause();
  return 0;
}
