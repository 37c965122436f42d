/* trace PID: the system calls a running process makes, one line each as it
 * finishes, like `strace -p PID`:
 *
 *   write(1, 0x7fffefd0, 3) = 3
 *
 * ForkLab's kernel logs every system call as events; /proc/PID/syscalls
 * shows a process's latest ones, numbered. trace reads it over and over
 * (every 10 ms of virtual time) and prints the calls it has not shown yet,
 * until the process has exited. (A process that makes more than 64 calls
 * between two looks has its older ones missed.) */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char text[16384];

/* Whether the process has exited (gone, or a zombie its parent has not
 * waited for yet: /proc/PID/stat says Z after the name). */
static int exited(const char *pid) {
  char path[64], stat[512], *paren;
  int fd, n;
  snprintf(path, sizeof path, "/proc/%s/stat", pid);
  fd = open(path, O_RDONLY);
  if (fd < 0) return 1;
  n = (int)read(fd, stat, sizeof stat - 1);
  close(fd);
  stat[n > 0 ? n : 0] = 0;
  paren = strrchr(stat, ')');
  return !paren || paren[1] == 0 || paren[2] == 'Z';
}

/* The whole of /proc/PID/syscalls; -1 once the process is gone. */
static int read_calls(const char *path) {
  int fd = open(path, O_RDONLY), n = 0, got;
  if (fd < 0) return -1;
  while (n < (int)sizeof text - 1 && (got = (int)read(fd, text + n, sizeof text - 1 - n)) > 0) n += got;
  close(fd);
  text[n] = 0;
  return n;
}

int main(int argc, char **argv) {
  char path[64];
  unsigned long long last = 0;
  int first = 1;
  struct timespec tick;
  tick.tv_sec = 0;
  tick.tv_nsec = 10000000;
  if (argc != 2 || atoi(argv[1]) <= 0) {
    fputs("usage: trace PID\n", stderr);
    return 2;
  }
  snprintf(path, sizeof path, "/proc/%d/syscalls", atoi(argv[1]));
  if (read_calls(path) < 0) {
    fprintf(stderr, "trace: no process %s\n", argv[1]);
    return 1;
  }
  for (;;) {
    char *line = text;
    while (*line) {
      char *end = strchr(line, '\n'), *rest;
      unsigned long long seq = strtoull(line, &rest, 10);
      if (end) *end = 0;
      if (seq > last) {
        if (!first) printf("%s\n", rest + 1);
        last = seq;
      }
      line = end ? end + 1 : line + strlen(line);
    }
    fflush(stdout);
    if (!first && exited(argv[1])) break;
    first = 0;
    nanosleep(&tick, NULL);
    if (read_calls(path) < 0) break;
  }
  printf("+++ %s exited +++\n", argv[1]);
  return 0;
}
