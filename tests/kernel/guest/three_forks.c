/* fork(); fork(); fork(); -> eight processes, each prints its pid. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  fork();
  fork();
  fork();
  printf("pid %d\n", getpid());
  while (wait(NULL) > 0) {
  }
  return 0;
}
