/* The remaining wrappers, each checked by its effect, so that every system
 * call number in abi/syscall.h that libc uses is exercised against a Linux
 * kernel ABI (qemu-riscv32 here). */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CHECK(what, cond) printf("%-12s %s\n", what, (cond) ? "ok" : strerror(errno))

int main(void) {
  const char *dir = "syscalls_more.d";
  char path[256], buf[64];
  umask(022);
  CHECK("umask", umask(022) == 022);
  CHECK("mkdir", mkdir(dir, 0755) == 0);
  CHECK("access", access(dir, R_OK | X_OK) == 0 && access("no-such", F_OK) < 0 && errno == ENOENT);
  snprintf(path, sizeof path, "%s/f", dir);
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  struct iovec iov[2] = {{"hello ", 6}, {"world", 5}};
  CHECK("writev", writev(fd, iov, 2) == 11);
  CHECK("pwrite", pwrite(fd, "W", 1, 6) == 1);
  CHECK("pread", pread(fd, buf, 5, 6) == 5 && memcmp(buf, "World", 5) == 0);
  char a[6] = {0}, b[6] = {0};
  struct iovec riov[2] = {{a, 5}, {b, 5}};
  lseek(fd, 0, SEEK_SET);
  CHECK("readv", readv(fd, riov, 2) == 10 && strcmp(a, "hello") == 0 && strcmp(b, " Worl") == 0);
  CHECK("fsync", fsync(fd) == 0);
  CHECK("ftruncate", ftruncate(fd, 3) == 0 && lseek(fd, 0, SEEK_END) == 3);
  CHECK("fcntl", fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == FD_CLOEXEC);
  CHECK("dup2 same", dup2(fd, fd) == fd);
  close(fd);
  struct stat st;
  CHECK("chmod", chmod(path, 0640) == 0 && stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
  snprintf(buf, sizeof buf, "%s/l", dir);
  CHECK("symlink", symlink("f", buf) == 0);
  char target[16] = {0};
  CHECK("readlink", readlink(buf, target, sizeof target - 1) == 1 && target[0] == 'f');
  CHECK("lstat", lstat(buf, &st) == 0 && S_ISLNK(st.st_mode));
  unlink(buf);
  snprintf(buf, sizeof buf, "%s/h", dir);
  CHECK("link", link(path, buf) == 0 && stat(path, &st) == 0 && st.st_nlink == 2);
  char moved[64];
  snprintf(moved, sizeof moved, "%s/m", dir);
  CHECK("rename", rename(buf, moved) == 0 && access(moved, F_OK) == 0);
  unlink(moved);
  snprintf(buf, sizeof buf, "%s/p", dir);
  CHECK("mkfifo", mkfifo(buf, 0600) == 0 && stat(buf, &st) == 0 && S_ISFIFO(st.st_mode));
  unlink(buf);
  unlink(path);
  int here = open(".", O_RDONLY | O_DIRECTORY);
  CHECK("fchdir", chdir(dir) == 0 && fchdir(here) == 0 && access(dir, F_OK) == 0);
  close(here);
  CHECK("rmdir", rmdir(dir) == 0 && access(dir, F_OK) < 0);

  pid_t pid = fork();
  if (pid == 0) {
    pid_t sid = setsid();
    _exit(sid == getpid() && getpgid(0) == getpid() ? 0 : 1);
  }
  int status;
  waitpid(pid, &status, 0);
  CHECK("setsid", WEXITSTATUS(status) == 0);
  pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    _exit(getpgid(0) == getpid() ? 0 : 1);
  }
  waitpid(pid, &status, 0);
  CHECK("setpgid", WEXITSTATUS(status) == 0);

  char *m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  m[0] = 1;
  char *m2 = mremap(m, 8192, 65536, MREMAP_MAYMOVE);
  CHECK("mremap", m2 != MAP_FAILED && m2[0] == 1);
  /* after this the range is two mappings: growing across them is EFAULT */
  CHECK("mprotect", mprotect(m2, 4096, PROT_READ) == 0);
  CHECK("mremap span", mremap(m2, 8192, 16384, MREMAP_MAYMOVE) == MAP_FAILED && errno == EFAULT);
  munmap(m2, 65536);
  CHECK("sched_yield", sched_yield() == 0);
  struct itimerval it = {{0, 0}, {100, 0}}, cur;
  setitimer(ITIMER_REAL, &it, 0);
  CHECK("getitimer", getitimer(ITIMER_REAL, &cur) == 0 && cur.it_value.tv_sec > 90);
  it.it_value.tv_sec = 0;
  setitimer(ITIMER_REAL, &it, 0);
  struct timespec res;
  CHECK("clock_getres", clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0);
  unsigned r1 = 0;
  CHECK("getrandom", syscall(SYS_getrandom, &r1, sizeof r1, 0) == 4);
  CHECK("tkill self 0", syscall(SYS_tkill, gettid(), 0) == 0);
  CHECK("gethostname", gethostname(buf, sizeof buf) == 0);
  return 0;
}
