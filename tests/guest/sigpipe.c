/* Writing to a pipe nobody reads: SIGPIPE kills the writer; with SIGPIPE
 * ignored the write fails with EPIPE instead. A writer blocked on a full
 * pipe gets the same when the last reader goes away. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  int fds[2], status;
  pipe(fds);
  close(fds[0]);
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    write(fds[1], "x", 1);
    _exit(0);  /* not reached: SIGPIPE */
  }
  waitpid(pid, &status, 0);
  printf("writer killed by SIGPIPE: %d\n", WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);

  signal(SIGPIPE, SIG_IGN);
  errno = 0;
  printf("SIGPIPE ignored: write %d, EPIPE %d\n", (int)write(fds[1], "x", 1), errno == EPIPE);
  close(fds[1]);

  /* A blocked writer: the reader reads a little, then exits. */
  signal(SIGPIPE, SIG_DFL);
  pipe(fds);
  pid = fork();
  if (pid == 0) {
    char c;
    close(fds[1]);
    read(fds[0], &c, 1);
    _exit(0);
  }
  close(fds[0]);
  static char big[1 << 20];
  memset(big, 'y', sizeof big);
  fflush(stdout);
  pid_t writer = fork();
  if (writer == 0) {
    for (;;) write(fds[1], big, sizeof big);
  }
  close(fds[1]);
  waitpid(pid, 0, 0);
  waitpid(writer, &status, 0);
  printf("blocked writer killed by SIGPIPE: %d\n", WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
  return 0;
}
