/* setrlimit(RLIMIT_NPROC, 10), then fork until fork fails: it must fail
 * with EAGAIN long before 100 children; then every child is killed and
 * reaped. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  struct rlimit rl = {10, 10};
  if (setrlimit(RLIMIT_NPROC, &rl) < 0) perror("setrlimit");
  pid_t kids[100];
  int made = 0, err = 0;
  while (made < 100) {
    pid_t pid = fork();
    if (pid == 0) {
      pause();
      _exit(0);
    }
    if (pid < 0) {
      err = errno;
      break;
    }
    kids[made++] = pid;
  }
  printf("fork failed after %d children: %s\n", made, err == EAGAIN ? "EAGAIN" : "no");
  int reaped = 0;
  for (int i = 0; i < made; i++) kill(kids[i], SIGKILL);
  while (wait(0) > 0) reaped++;
  printf("reaped %d children\n", reaped);
  return 0;
}
