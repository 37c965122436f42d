/* nice [-n N] COMMAND [ARG...]: run COMMAND with its niceness raised by N
 * (default 10). Without a command, print the current niceness. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int inc = 10, i = 1;
  if (i + 1 < argc && strcmp(argv[i], "-n") == 0) {
    inc = atoi(argv[i + 1]);
    i += 2;
  }
  if (i == argc) {
    printf("%d\n", getpriority(PRIO_PROCESS, 0));
    return 0;
  }
  errno = 0;
  if (nice(inc) == -1 && errno) perror("nice");
  execvp(argv[i], argv + i);
  fprintf(stderr, "nice: %s: %s\n", argv[i], strerror(errno));
  return 127;
}
