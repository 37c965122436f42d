/* /bin/cat [FILE...]: copy each file (or stdin, also for "-") to stdout.
 * Plain read/write loops, no stdio: the bytes go out as soon as they come
 * in, which matters when cat sits in a pipeline. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int copy(int fd, const char *name) {
  char buf[4096];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf), done = 0;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
      return 1;
    }
    if (n == 0) return 0;
    while (done < n) {
      ssize_t w = write(1, buf + done, (size_t)(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        fprintf(stderr, "cat: write error: %s\n", strerror(errno));
        return 1;
      }
      done += w;
    }
  }
}

int main(int argc, char **argv) {
  int i, status = 0;
  if (argc == 1) return copy(0, "-");
  for (i = 1; i < argc; i++) {
    int fd = strcmp(argv[i], "-") == 0 ? 0 : open(argv[i], O_RDONLY);
    if (fd < 0) {
      fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
      status = 1;
      continue;
    }
    status |= copy(fd, argv[i]);
    if (fd != 0) close(fd);
  }
  return status;
}
