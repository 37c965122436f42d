/* Bad system call arguments get Linux's errno, never a crash of the host. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void show(const char *what, long r) {
  printf("%-28s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

extern long __syscall3(long n, long a, long b, long c);

int main(void) {
  char buf[8];
  show("read into kernel space", read(0, (void *)0x90000000, 8));
  show("write from NULL", write(1, 0, 5));
  show("write from unmapped", write(1, (void *)0x30000000, 5));
  show("open bad path pointer", open((char *)0x10, O_RDONLY));
  show("open missing file", open("/no/such/file", O_RDONLY));
  show("close unopened fd", close(77));
  show("read closed fd", read(77, buf, 1));
  show("kill with signal 99", kill(getpid(), 99));
  show("kill missing pid", kill(31000, SIGTERM));
  show("waitpid with no child", waitpid(-1, 0, 0));
  show("dup2 onto a huge fd", dup2(1, 5000));
  show("chdir into a file", chdir("/bin/sh"));
  show("mkdir existing", mkdir("/tmp", 0755));
  show("rmdir non-empty", rmdir("/bin"));
  show("execve garbage", execve("/dev/null", 0, 0));
  printf("%-28s %ld\n", "unknown syscall", __syscall3(4000, 1, 2, 3));
  show("lseek on a pipe", lseek(1, 0, SEEK_SET));
  return 0;
}
