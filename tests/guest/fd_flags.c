/* Descriptor flags and file status flags: O_CLOEXEC / FD_CLOEXEC (a
 * per-descriptor flag: dup clears it, and exec closes only the flagged
 * fds), fcntl's F_DUPFD, F_GETFL/F_SETFL with O_APPEND, readv/writev, and
 * renameat replacing a file. The exec'd shell reports which fds it got. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static int slurp(const char *path, char *buf, int size) {
  int fd = open(path, O_RDONLY);
  int n = fd < 0 ? -1 : (int)read(fd, buf, size - 1);
  if (fd >= 0) close(fd);
  buf[n > 0 ? n : 0] = 0;
  return n;
}

int main(void) {
  char buf[128];
  int plain = open("fd_flags.tmp", O_RDWR | O_CREAT | O_TRUNC, 0644);
  int flagged = open("fd_flags.tmp", O_RDONLY | O_CLOEXEC);
  printf("O_CLOEXEC gives FD_CLOEXEC: %d, a plain open: %d\n", fcntl(flagged, F_GETFD) == FD_CLOEXEC,
         fcntl(plain, F_GETFD));
  int copy = dup(flagged);
  printf("dup clears it: %d\n", fcntl(copy, F_GETFD));
  int high = fcntl(plain, F_DUPFD, 20);
  printf("F_DUPFD 20 gives %d\n", high);
  int high_cloexec = fcntl(plain, F_DUPFD_CLOEXEC, 20);
  printf("F_DUPFD_CLOEXEC gives %d with FD_CLOEXEC %d\n", high_cloexec, fcntl(high_cloexec, F_GETFD));
  fcntl(copy, F_SETFD, FD_CLOEXEC);

  /* exec: which of plain, flagged, copy, high are still open? */
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    char script[512] = "";
    const char *names[] = {"plain", "O_CLOEXEC", "dup with FD_CLOEXEC set", "F_DUPFD copy"};
    int fds[] = {plain, flagged, copy, high};
    for (int i = 0; i < 4; i++) {
      char *end = script + strlen(script);
      snprintf(end, sizeof script - (end - script),
               "if [ -e /proc/self/fd/%d ]; then echo '%s: open'; else echo '%s: closed'; fi\n", fds[i],
               names[i], names[i]);
    }
    execl("/bin/sh", "sh", "-c", script, (char *)0);
    _exit(127);
  }
  waitpid(pid, 0, 0);

  /* O_APPEND: every write goes to the end, whatever the offset. */
  write(plain, "hello", 5);
  int appender = open("fd_flags.tmp", O_WRONLY | O_APPEND);
  lseek(appender, 0, SEEK_SET);
  write(appender, " world", 6);
  printf("O_APPEND in F_GETFL: %d\n", (fcntl(appender, F_GETFL) & O_APPEND) != 0);
  fcntl(appender, F_SETFL, 0);
  lseek(appender, 0, SEEK_SET);
  write(appender, "J", 1);
  slurp("fd_flags.tmp", buf, sizeof buf);
  printf("after O_APPEND was cleared by F_SETFL: %s\n", buf);

  /* writev and readv: several buffers, one call. */
  struct iovec out[3] = {{"one ", 4}, {"two ", 4}, {"three", 5}};
  int v = open("fd_flags.tmp", O_RDWR | O_TRUNC);
  printf("writev wrote %d\n", (int)writev(v, out, 3));
  char a[5] = {0}, b[9] = {0};
  struct iovec in[2] = {{a, 4}, {b, 8}};
  lseek(v, 0, SEEK_SET);
  printf("readv read %d: [%s] [%s]\n", (int)readv(v, in, 2), a, b);

  /* renameat: the new name replaces an existing file, the old one is gone. */
  int other = open("fd_flags.other", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  write(other, "replaced", 8);
  close(other);
  printf("renameat: %d\n", renameat(AT_FDCWD, "fd_flags.tmp", AT_FDCWD, "fd_flags.other"));
  slurp("fd_flags.other", buf, sizeof buf);
  printf("new name has: %s; old name: %d ENOENT %d\n", buf, open("fd_flags.tmp", O_RDONLY), errno == ENOENT);
  unlink("fd_flags.other");
  return 0;
}
