/* Files and descriptors: open is openat(AT_FDCWD), lseek is llseek, stat is
 * statx, the directory calls are the *at calls (rv32 has only those). */
#include "internal.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

/* O_LARGEFILE always: off_t is 64 bits here, as with glibc on rv32. */
int openat(int dirfd, const char *path, int flags, ...) {
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return __syscall_ret(__syscall4(SYS(openat), dirfd, (long)path, flags | O_LARGEFILE, mode));
}

int open(const char *path, int flags, ...) {
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return openat(AT_FDCWD, path, flags, mode);
}

int creat(const char *path, mode_t mode) { return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode); }
int close(int fd) { return __syscall_ret(__syscall1(SYS(close), fd)); }

ssize_t read(int fd, void *buf, size_t n) {
  return __syscall_ret(__syscall3(SYS(read), fd, (long)buf, n));
}
ssize_t write(int fd, const void *buf, size_t n) {
  return __syscall_ret(__syscall3(SYS(write), fd, (long)buf, n));
}
ssize_t readv(int fd, const struct iovec *iov, int n) {
  return __syscall_ret(__syscall3(SYS(readv), fd, (long)iov, n));
}
ssize_t writev(int fd, const struct iovec *iov, int n) {
  return __syscall_ret(__syscall3(SYS(writev), fd, (long)iov, n));
}

/* 64-bit offsets travel as two registers, low word first (even pair). */
ssize_t pread(int fd, void *buf, size_t n, off_t off) {
  return __syscall_ret(__syscall5(SYS(pread64), fd, (long)buf, n, (long)off, (long)(off >> 32)));
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
  return __syscall_ret(__syscall5(SYS(pwrite64), fd, (long)buf, n, (long)off, (long)(off >> 32)));
}

/* llseek(fd, offset_high, offset_low, &result, whence) */
off_t lseek(int fd, off_t off, int whence) {
  off_t result;
  long r = __syscall5(SYS(llseek), fd, (long)(off >> 32), (long)off, (long)&result, whence);
  return __syscall_ret(r) < 0 ? -1 : result;
}

int ftruncate(int fd, off_t len) {
  return __syscall_ret(__syscall3(SYS(ftruncate64), fd, (long)len, (long)(len >> 32)));
}
int fsync(int fd) { return __syscall_ret(__syscall1(SYS(fsync), fd)); }

int dup(int fd) { return __syscall_ret(__syscall1(SYS(dup), fd)); }
int dup3(int fd, int newfd, int flags) {
  return __syscall_ret(__syscall3(SYS(dup3), fd, newfd, flags));
}

/* dup2 is dup3 except that dup2(fd, fd) is allowed (if fd is open). */
int dup2(int fd, int newfd) {
  if (fd == newfd) {
    long r = __syscall2(SYS(fcntl64), fd, F_GETFD);
    return r < 0 ? __syscall_ret(r) : fd;
  }
  return dup3(fd, newfd, 0);
}

int fcntl(int fd, int cmd, ...) {
  va_list ap;
  va_start(ap, cmd);
  long arg = va_arg(ap, long);
  va_end(ap);
  return __syscall_ret(__syscall3(SYS(fcntl64), fd, cmd, arg));
}

int pipe2(int fds[2], int flags) { return __syscall_ret(__syscall2(SYS(pipe2), (long)fds, flags)); }
int pipe(int fds[2]) { return pipe2(fds, 0); }

int ioctl(int fd, unsigned long request, ...) {
  va_list ap;
  va_start(ap, request);
  long arg = va_arg(ap, long);
  va_end(ap);
  return __syscall_ret(__syscall3(SYS(ioctl), fd, (long)request, arg));
}

int tcgetattr(int fd, struct termios *t) { return ioctl(fd, TCGETS, t); }
int tcsetattr(int fd, int action, const struct termios *t) {
  if (action < TCSANOW || action > TCSAFLUSH) return __syscall_fail(EINVAL);
  return ioctl(fd, TCSETS + action, t);
}
void cfmakeraw(struct termios *t) {
  t->c_iflag &= ~(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
  t->c_oflag &= ~OPOST;
  t->c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
  t->c_cflag = (t->c_cflag & ~(CSIZE | PARENB)) | CS8;
  t->c_cc[VMIN] = 1;
  t->c_cc[VTIME] = 0;
}
speed_t cfgetospeed(const struct termios *t) { return t->c_cflag & ABI_CBAUD; }

pid_t tcgetpgrp(int fd) {
  pid_t pgrp;
  return ioctl(fd, TIOCGPGRP, &pgrp) < 0 ? -1 : pgrp;
}
int tcsetpgrp(int fd, pid_t pgrp) { return ioctl(fd, TIOCSPGRP, &pgrp); }

/* isatty: a descriptor is a terminal if TCGETS works on it. */
int isatty(int fd) {
  struct termios t;
  return __syscall3(SYS(ioctl), fd, TCGETS, (long)&t) == 0;
}

int chdir(const char *path) { return __syscall_ret(__syscall1(SYS(chdir), (long)path)); }
int fchdir(int fd) { return __syscall_ret(__syscall1(SYS(fchdir), fd)); }

/* getcwd(NULL, 0) allocates, as glibc's does. The call returns the length. */
char *getcwd(char *buf, size_t size) {
  char tmp[4096];
  char *dst = buf ? buf : tmp;
  size_t cap = buf ? size : sizeof tmp;
  if (buf && size == 0) return __syscall_fail(EINVAL), (char *)0;
  if (__syscall_ret(__syscall2(SYS(getcwd), (long)dst, cap)) < 0) return 0;
  return buf ? buf : strdup(tmp);
}

int access(const char *path, int mode) {
  return __syscall_ret(__syscall3(SYS(faccessat), AT_FDCWD, (long)path, mode));
}
int unlink(const char *path) {
  return __syscall_ret(__syscall3(SYS(unlinkat), AT_FDCWD, (long)path, 0));
}
int rmdir(const char *path) {
  return __syscall_ret(__syscall3(SYS(unlinkat), AT_FDCWD, (long)path, AT_REMOVEDIR));
}
int mkdir(const char *path, mode_t mode) {
  return __syscall_ret(__syscall3(SYS(mkdirat), AT_FDCWD, (long)path, mode));
}
int mkfifo(const char *path, mode_t mode) {
  return __syscall_ret(__syscall4(SYS(mknodat), AT_FDCWD, (long)path, mode | S_IFIFO, 0));
}
int link(const char *from, const char *to) {
  return __syscall_ret(__syscall5(SYS(linkat), AT_FDCWD, (long)from, AT_FDCWD, (long)to, 0));
}
int symlink(const char *target, const char *path) {
  return __syscall_ret(__syscall3(SYS(symlinkat), (long)target, AT_FDCWD, (long)path));
}
ssize_t readlink(const char *path, char *buf, size_t n) {
  return __syscall_ret(__syscall4(SYS(readlinkat), AT_FDCWD, (long)path, (long)buf, n));
}
/* 32-bit RISC-V has renameat2 only; renameat is it without flags. */
int renameat(int from_dir, const char *from, int to_dir, const char *to) {
  return __syscall_ret(__syscall5(SYS(renameat2), from_dir, (long)from, to_dir, (long)to, 0));
}
int rename(const char *from, const char *to) { return renameat(AT_FDCWD, from, AT_FDCWD, to); }
int remove(const char *path) {
  if (unlink(path) == 0) return 0;
  if (errno == EISDIR) return rmdir(path);
  return -1;
}
int chmod(const char *path, mode_t mode) {
  return __syscall_ret(__syscall3(SYS(fchmodat), AT_FDCWD, (long)path, mode));
}
int fchmod(int fd, mode_t mode) { return __syscall_ret(__syscall2(SYS(fchmod), fd, mode)); }
mode_t umask(mode_t mask) { return __syscall1(SYS(umask), mask); }

static void stat_from_statx(struct stat *st, const struct abi_statx *x) {
  memset(st, 0, sizeof *st);
  st->st_dev = ((dev_t)x->stx_dev_major << 8) | x->stx_dev_minor;
  st->st_ino = x->stx_ino;
  st->st_mode = x->stx_mode;
  st->st_nlink = x->stx_nlink;
  st->st_uid = x->stx_uid;
  st->st_gid = x->stx_gid;
  st->st_rdev = ((dev_t)x->stx_rdev_major << 8) | x->stx_rdev_minor;
  st->st_size = (off_t)x->stx_size;
  st->st_blksize = (blksize_t)x->stx_blksize;
  st->st_blocks = (blkcnt_t)x->stx_blocks;
  st->st_atim.tv_sec = x->stx_atime.tv_sec;
  st->st_atim.tv_nsec = (long)x->stx_atime.tv_nsec;
  st->st_mtim.tv_sec = x->stx_mtime.tv_sec;
  st->st_mtim.tv_nsec = (long)x->stx_mtime.tv_nsec;
  st->st_ctim.tv_sec = x->stx_ctime.tv_sec;
  st->st_ctim.tv_nsec = (long)x->stx_ctime.tv_nsec;
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags) {
  struct abi_statx x;
  long r = __syscall5(SYS(statx), dirfd, (long)path, flags, ABI_STATX_BASIC_STATS, (long)&x);
  if (r == 0) stat_from_statx(st, &x);
  return __syscall_ret(r);
}
int stat(const char *path, struct stat *st) { return fstatat(AT_FDCWD, path, st, 0); }
int lstat(const char *path, struct stat *st) {
  return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}
int fstat(int fd, struct stat *st) { return fstatat(fd, "", st, AT_EMPTY_PATH); }

/* mmap2 counts the offset in 4096-byte units. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  if (off % ABI_MMAP2_UNIT) return __syscall_fail(EINVAL), MAP_FAILED;
  long r = __syscall6(SYS(mmap2), (long)addr, len, prot, flags, fd, (long)(off / ABI_MMAP2_UNIT));
  return (void *)__syscall_ret(r);
}
int munmap(void *addr, size_t len) { return __syscall_ret(__syscall2(SYS(munmap), (long)addr, len)); }
int mprotect(void *addr, size_t len, int prot) {
  return __syscall_ret(__syscall3(SYS(mprotect), (long)addr, len, prot));
}
void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...) {
  return (void *)__syscall_ret(__syscall4(SYS(mremap), (long)old, old_len, new_len, flags));
}

/* Directories: getdents64 fills a buffer with variable-length records;
 * readdir hands them out one by one. */
struct _DIR {
  int fd;
  int pos, len;
  struct dirent ent;
  char buf[2048];
};

DIR *fdopendir(int fd) {
  DIR *d = malloc(sizeof *d);
  if (!d) return 0;
  d->fd = fd;
  d->pos = d->len = 0;
  return d;
}

DIR *opendir(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return 0;
  DIR *d = fdopendir(fd);
  if (!d) close(fd);
  return d;
}

struct dirent *readdir(DIR *d) {
  if (d->pos >= d->len) {
    long n = __syscall3(SYS(getdents64), d->fd, (long)d->buf, sizeof d->buf);
    if (n <= 0) {
      if (n < 0) errno = (int)-n;
      return 0;
    }
    d->len = (int)n;
    d->pos = 0;
  }
  const struct abi_dirent64 *k = (const struct abi_dirent64 *)(d->buf + d->pos);
  d->pos += k->d_reclen;
  d->ent.d_ino = k->d_ino;
  d->ent.d_off = k->d_off;
  d->ent.d_reclen = sizeof d->ent;
  d->ent.d_type = k->d_type;
  strncpy(d->ent.d_name, (const char *)k + ABI_DIRENT64_NAME_OFFSET, sizeof d->ent.d_name - 1);
  d->ent.d_name[sizeof d->ent.d_name - 1] = 0;
  return &d->ent;
}

int closedir(DIR *d) {
  int r = close(d->fd);
  free(d);
  return r;
}

void rewinddir(DIR *d) {
  lseek(d->fd, 0, SEEK_SET);
  d->pos = d->len = 0;
}

int dirfd(DIR *d) { return d->fd; }
