/* Every header of the guest libc in one program, compiled as strict C99
 * (-std=c99 -pedantic -Werror, see headers_all.cflags): the headers must
 * stay plain C99 for our own compiler. Also checks sizes that the ABI
 * fixes. */
#include <assert.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <fnmatch.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <math.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int sum(int n, ...) {
  va_list ap;
  int total = 0;
  int i;
  va_start(ap, n);
  for (i = 0; i < n; i++) total += va_arg(ap, int);
  va_end(ap);
  return total;
}

int main(void) {
  bool ok = true;
  struct termios t;
  struct winsize ws;
  ok = ok && sizeof(pid_t) == 4 && sizeof(long) == 4 && sizeof(void *) == 4;
  ok = ok && sizeof(off_t) == 8 && sizeof(time_t) == 8 && sizeof(struct timespec) == 16;
  ok = ok && sizeof(sigset_t) == 8 && sizeof(siginfo_t) == 128 && sizeof(struct termios) == 36;
  ok = ok && sizeof(struct utsname) == 390 && sizeof(struct iovec) == 8 && sizeof(ws) == 8;
  ok = ok && sizeof(struct rlimit) == 16 && sizeof(jmp_buf) == 56;
  ok = ok && offsetof(siginfo_t, si_pid) == 12 && offsetof(siginfo_t, si_status) == 20;
  ok = ok && CHAR_MIN == 0 && (char)200 > 0 && INT64_MAX == 9223372036854775807LL;
  ok = ok && ENOENT == 2 && EAGAIN == 11 && SIGCHLD == 17 && O_CREAT == 0100 && WNOHANG == 1;
  ok = ok && TCGETS == 0x5401 && MAP_ANONYMOUS == 0x20 && CLONE_VM == 0x100;
  ok = ok && SYS_getpid == 172 && SYS_futex == 422 && DBL_MANT_DIG == 53;
  ok = ok && sum(3, 1, 2, 3) == 6 && strcmp(PRId64, "lld") == 0;
  (void)t;
  assert(ok);
  printf("headers ok: %d\n", ok);
  return ok ? 0 : 1;
}
