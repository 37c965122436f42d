/* vfork: the child borrows the parent's memory, and the parent waits
 * (state D) until the child execs. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int shared = 1;

int main(void) {
  pid_t pid = vfork();
  if (pid == 0) {
    shared = 2; /* the parent's own variable: no copy was made */
    char *args[] = {"hello", "after", "vfork", 0};
    execv("./hello", args);
    _exit(127);
  }
  printf("parent sees shared=%d\n", shared);
  int status;
  waitpid(pid, &status, 0);
  printf("child exited %d\n", WEXITSTATUS(status));
  return 0;
}
