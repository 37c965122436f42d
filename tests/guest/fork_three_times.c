/* fork(); fork(); fork(); makes 8 processes. Each reports its pid through
 * one shared pipe; the first process collects them and checks that there
 * are 8 and that they are distinct (the order depends on the scheduler). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  int fds[2];
  pipe(fds);
  pid_t first = getpid();
  fork();
  fork();
  fork();
  pid_t me = getpid();
  write(fds[1], &me, sizeof me);
  if (me != first) {
    while (wait(0) > 0) {} /* reap our own children before leaving */
    _exit(0);
  }
  close(fds[1]);
  while (wait(0) > 0) {}
  /* every write end is closed now, so the reads end at EOF */
  pid_t pids[16];
  int n = 0;
  while (n < 16 && read(fds[0], &pids[n], sizeof pids[n]) == sizeof pids[n]) n++;
  int distinct = 1;
  for (int i = 0; i < n; i++)
    for (int k = i + 1; k < n; k++)
      if (pids[i] == pids[k]) distinct = 0;
  printf("%d processes reported, distinct pids: %d\n", n, distinct);
  return 0;
}
