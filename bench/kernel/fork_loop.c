/* The fork benchmark's workload: a process with a few MiB of touched data
 * forks N children that each write one page and exit. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 200;
  int mib = argc > 2 ? atoi(argv[2]) : 4;
  char *data = malloc((size_t)mib << 20);
  memset(data, 1, (size_t)mib << 20);
  for (int i = 0; i < n; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      data[i * 4096 % ((size_t)mib << 20)] = 2;
      _exit(0);
    }
    waitpid(pid, 0, 0);
  }
  return 0;
}
