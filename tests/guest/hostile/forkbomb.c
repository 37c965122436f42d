/* A fork bomb: every process forks as fast as it can, forever.
 *   forkbomb          until the process table is full (fork: EAGAIN)
 *   forkbomb nproc N  with RLIMIT_NPROC set to N first (fork: EAGAIN at N)
 * The first process reports the first failure it sees, then ends the bomb
 * with kill(0, SIGKILL): its whole process group, itself included. The
 * others never stop on their own. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "nproc") == 0) {
    struct rlimit rl = {atoi(argv[2]), atoi(argv[2])};
    if (setrlimit(RLIMIT_NPROC, &rl) != 0) perror("setrlimit");
  }
  pid_t leader = getpid();
  int made = 0;
  for (;;) {
    pid_t pid = fork();
    if (pid > 0 && getpid() == leader) made++;
    if (pid < 0 && getpid() == leader) {
      printf("fork failed with %s after %d children\n", errno == EAGAIN ? "EAGAIN" : strerror(errno), made);
      fflush(stdout);
      kill(0, SIGKILL);
    }
  }
}
