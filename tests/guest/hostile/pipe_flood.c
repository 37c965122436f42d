/* Writes 1 GiB into a pipe that nobody reads.
 *   closed    the read end is closed: SIGPIPE ends the writer
 *   ignored   the same with SIGPIPE ignored: write fails with EPIPE
 *   nonblock  a reader holds the pipe but never reads, O_NONBLOCK: EAGAIN
 *             once the 4 KiB buffer is full
 *   blocked   the same without O_NONBLOCK: the writer sleeps for ever, the
 *             reader too, and the lab reports that no process can run */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char chunk[65536];

int main(int argc, char **argv) {
  const char *how = argc > 1 ? argv[1] : "closed";
  int fds[2];
  if (pipe(fds) != 0) return 2;
  if (strcmp(how, "closed") == 0 || strcmp(how, "ignored") == 0) {
    close(fds[0]);
    if (strcmp(how, "ignored") == 0) signal(SIGPIPE, SIG_IGN);
  } else if (fork() == 0) {
    close(fds[1]);
    pause(); /* holds the read end, never reads */
    _exit(0);
  }
  if (strcmp(how, "nonblock") == 0) fcntl(fds[1], F_SETFL, O_NONBLOCK);
  memset(chunk, 'x', sizeof chunk);
  unsigned long long total = 0;
  while (total < (1ull << 30)) {
    ssize_t n = write(fds[1], chunk, sizeof chunk);
    if (n < 0) {
      printf("write failed after %llu bytes: %s\n", total,
             errno == EPIPE ? "EPIPE" : errno == EAGAIN ? "EAGAIN" : strerror(errno));
      return 1;
    }
    total += (unsigned long long)n;
  }
  printf("wrote 1 GiB\n");
  return 0;
}
