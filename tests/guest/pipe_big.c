/* 200 000 bytes through a pipe: far more than the pipe holds, so the
 * writer blocks whenever it is full and the reader whenever it is empty;
 * every byte arrives, in order. Then O_NONBLOCK: a full pipe says EAGAIN to
 * a writer, an empty one to a reader. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#define TOTAL 200000

static unsigned char pattern(long i) { return (unsigned char)(i * 7 + i / 251); }

int main(void) {
  int fds[2];
  static unsigned char buf[3000];
  pipe(fds);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    long sent = 0;
    while (sent < TOTAL) {  /* odd-sized writes, some larger than a page */
      int n = (int)(sent % 3 == 0 ? 2999 : 517);
      if (n > TOTAL - sent) n = (int)(TOTAL - sent);
      for (int i = 0; i < n; i++) buf[i] = pattern(sent + i);
      ssize_t w = write(fds[1], buf, n);
      if (w <= 0) _exit(1);
      sent += w;
    }
    _exit(0);
  }
  close(fds[1]);
  long got = 0, bad = 0;
  ssize_t n;
  while ((n = read(fds[0], buf, 1000)) > 0) {
    for (ssize_t i = 0; i < n; i++)
      if (buf[i] != pattern(got + i)) bad++;
    got += n;
  }
  int status;
  waitpid(pid, &status, 0);
  printf("received %ld bytes, %ld wrong, writer exit %d\n", got, bad, WEXITSTATUS(status));
  close(fds[0]);

  /* One write of 100 000 bytes: it blocks until all of them went in. */
  static unsigned char big[100000];
  pipe(fds);
  pid = fork();
  if (pid == 0) {
    close(fds[0]);
    _exit(write(fds[1], big, sizeof big) == (ssize_t)sizeof big ? 0 : 1);
  }
  close(fds[1]);
  got = 0;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) got += n;
  waitpid(pid, &status, 0);
  printf("one big write: all %ld bytes, write returned them all %d\n", got, WEXITSTATUS(status) == 0);
  close(fds[0]);

  pipe(fds);
  fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
  errno = 0;
  printf("empty, nonblocking read: %d EAGAIN %d\n", (int)read(fds[0], buf, 10), errno == EAGAIN);
  long filled = 0;
  while ((n = write(fds[1], buf, 1)) > 0) filled += n;  /* Linux holds 64 KiB, ForkLab 4 KiB */
  printf("full after at least 4096 bytes: %d, then EAGAIN %d\n", filled >= 4096, errno == EAGAIN);
  printf("O_NONBLOCK in F_GETFL: %d\n", (fcntl(fds[1], F_GETFL) & O_NONBLOCK) != 0);
  return 0;
}
