/* Processes: fork, the ids, wait, exit, priorities, limits, brk.
 * Every wrapper is the Linux riscv32 call of abi/syscall.h; where the
 * textbook call has no number of its own the comment says what builds it. */
#include "internal.h"
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

/* fork is clone(SIGCHLD) with no sharing flags (Linux has no fork on
 * RISC-V). clone(flags, newsp, parent_tid, tls, child_tid). libc's lock is
 * held across it, so that no other thread is inside malloc or stdio at the
 * moment the memory is copied (the child, with one thread, could never get
 * the lock back); both sides then release it. */
pid_t fork(void) {
  __libc_lock();
  long r = __syscall5(SYS(clone), ABI_SIGCHLD, 0, 0, 0, 0);
  __libc_unlock();
  return __syscall_ret(r);
}

pid_t getpid(void) { return __syscall0(SYS(getpid)); }
pid_t getppid(void) { return __syscall0(SYS(getppid)); }
pid_t gettid(void) { return __syscall0(SYS(gettid)); }
uid_t getuid(void) { return __syscall0(SYS(getuid)); }
uid_t geteuid(void) { return __syscall0(SYS(geteuid)); }
gid_t getgid(void) { return __syscall0(SYS(getgid)); }
gid_t getegid(void) { return __syscall0(SYS(getegid)); }
int setuid(uid_t uid) { return __syscall_ret(__syscall1(SYS(setuid), uid)); }
int setgid(gid_t gid) { return __syscall_ret(__syscall1(SYS(setgid), gid)); }
pid_t getpgid(pid_t pid) { return __syscall_ret(__syscall1(SYS(getpgid), pid)); }
pid_t getpgrp(void) { return getpgid(0); }
int setpgid(pid_t pid, pid_t pgid) { return __syscall_ret(__syscall2(SYS(setpgid), pid, pgid)); }
pid_t setsid(void) { return __syscall_ret(__syscall0(SYS(setsid))); }
pid_t getsid(pid_t pid) { return __syscall_ret(__syscall1(SYS(getsid), pid)); }

static void timeval_from_abi(struct timeval *tv, const struct abi_old_timeval *k) {
  tv->tv_sec = k->tv_sec;
  tv->tv_usec = k->tv_usec;
  tv->pad_ = 0;
}

static void rusage_from_abi(struct rusage *ru, const struct abi_rusage *k) {
  timeval_from_abi(&ru->ru_utime, &k->ru_utime);
  timeval_from_abi(&ru->ru_stime, &k->ru_stime);
  /* the 14 longs after the two times have the same layout on both sides */
  memcpy(&ru->ru_maxrss, &k->ru_maxrss, 14 * sizeof(long));
}

/* The wait status word from what waitid reports (abi/process.h). */
static int status_from_siginfo(const siginfo_t *si) {
  switch (si->si_code) {
    case CLD_EXITED: return ABI_W_EXITCODE(si->si_status & 0xff, 0);
    case CLD_KILLED: return si->si_status & 0x7f;
    case CLD_DUMPED: return (si->si_status & 0x7f) | ABI_WCOREFLAG;
    case CLD_STOPPED:
    case CLD_TRAPPED: return ABI_W_STOPCODE(si->si_status & 0xff);
    case CLD_CONTINUED: return ABI_W_CONTINUED;
  }
  return 0;
}

/* wait4 through waitid, for kernels without wait4 (real rv32 Linux; ours
 * and qemu-riscv32 keep wait4, see abi/README.md). Returns the raw result
 * (-errno on failure). Not static so tests/guest/process_misc can call it
 * on a kernel that has wait4. */
long __wait4_via_waitid(pid_t pid, int *status, int options, struct abi_rusage *kru) {
  int type = ABI_P_PID;
  long id = pid;
  if (pid == -1) {
    type = ABI_P_ALL;
    id = 0;
  } else if (pid <= 0) {
    type = ABI_P_PGID; /* 0 = the caller's group (Linux >= 5.4) */
    id = -pid;
  }
  siginfo_t si;
  si.si_pid = 0;
  long r = __syscall5(SYS(waitid), type, id, (long)&si, options | ABI_WEXITED, (long)kru);
  if (r < 0) return r;
  if (si.si_pid == 0) return 0; /* WNOHANG and nothing to report */
  if (status) *status = status_from_siginfo(&si);
  return si.si_pid;
}

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru) {
  struct abi_rusage kru;
  long r = __syscall4(SYS(wait4), pid, (long)status, options, ru ? (long)&kru : 0);
  if (r == -ENOSYS) r = __wait4_via_waitid(pid, status, options, ru ? &kru : 0);
  if (r > 0 && ru) rusage_from_abi(ru, &kru);
  return __syscall_ret(r);
}

pid_t waitpid(pid_t pid, int *status, int options) { return wait4(pid, status, options, 0); }
pid_t wait(int *status) { return wait4(-1, status, 0, 0); }
pid_t wait3(int *status, int options, struct rusage *ru) { return wait4(-1, status, options, ru); }

int waitid(idtype_t type, id_t id, siginfo_t *info, int options) {
  return __syscall_ret(__syscall5(SYS(waitid), type, id, (long)info, options, 0));
}

/* exit: atexit handlers in reverse order, then stdio flushed, then the
 * whole process ends. _exit skips both: that is the fork lesson. */
#define ATEXIT_MAX 32
static void (*atexit_fns[ATEXIT_MAX])(void);
static int atexit_count;

int atexit(void (*fn)(void)) {
  if (atexit_count == ATEXIT_MAX) return -1;
  atexit_fns[atexit_count++] = fn;
  return 0;
}

void _exit(int status) {
  for (;;) __syscall1(SYS(exit_group), status);
}

void _Exit(int status) { _exit(status); }

void exit(int status) {
  while (atexit_count > 0) atexit_fns[--atexit_count]();
  __stdio_flush_all();
  _exit(status);
}

void abort(void) {
  raise(SIGABRT);
  signal(SIGABRT, SIG_DFL); /* a handler returned: ignore it the second time */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGABRT);
  sigprocmask(SIG_UNBLOCK, &set, 0);
  raise(SIGABRT);
  _exit(127);
}

/* The raw getpriority returns 20 - nice so that it is never negative. */
int getpriority(int which, id_t who) {
  long r = __syscall_ret(__syscall2(SYS(getpriority), which, who));
  return r < 0 ? -1 : 20 - (int)r;
}

int setpriority(int which, id_t who, int prio) {
  return __syscall_ret(__syscall3(SYS(setpriority), which, who, prio));
}

/* nice: there is no nice call on the generic table. */
int nice(int inc) {
  errno = 0;
  int cur = getpriority(PRIO_PROCESS, 0);
  if (cur == -1 && errno) return -1;
  if (setpriority(PRIO_PROCESS, 0, cur + inc) < 0) return -1;
  return getpriority(PRIO_PROCESS, 0);
}

/* getrlimit/setrlimit are prlimit64 on the caller (rv32 has only that). */
int prlimit(pid_t pid, int resource, const struct rlimit *new_rl, struct rlimit *old) {
  return __syscall_ret(__syscall4(SYS(prlimit64), pid, resource, (long)new_rl, (long)old));
}
int getrlimit(int resource, struct rlimit *rl) { return prlimit(0, resource, 0, rl); }
int setrlimit(int resource, const struct rlimit *rl) { return prlimit(0, resource, rl, 0); }

int getrusage(int who, struct rusage *ru) {
  struct abi_rusage kru;
  long r = __syscall_ret(__syscall2(SYS(getrusage), who, (long)&kru));
  if (r == 0) rusage_from_abi(ru, &kru);
  return r;
}

/* times returns clock ticks since an arbitrary point; only -4095..-1 are
 * errors. */
clock_t times(struct tms *buf) {
  return __syscall_ret(__syscall1(SYS(times), (long)buf));
}

int uname(struct utsname *u) { return __syscall_ret(__syscall1(SYS(uname), (long)u)); }

int gethostname(char *name, size_t len) {
  struct utsname u;
  if (uname(&u) < 0) return -1;
  if (strlen(u.nodename) >= len) return __syscall_fail(ENAMETOOLONG);
  strcpy(name, u.nodename);
  return 0;
}

/* brk returns the new break, or the old one when it cannot move. */
static unsigned long cur_brk;

int brk(void *addr) {
  unsigned long r = __syscall1(SYS(brk), (long)addr);
  cur_brk = r;
  return r < (unsigned long)addr ? __syscall_fail(ENOMEM) : 0;
}

void *sbrk(int inc) {
  if (!cur_brk) cur_brk = __syscall1(SYS(brk), 0);
  unsigned long old = cur_brk;
  if (inc == 0) return (void *)old;
  if (brk((void *)(old + inc)) < 0) return (void *)-1;
  return (void *)old;
}

int sched_yield(void) { return __syscall_ret(__syscall0(SYS(sched_yield))); }

long sysconf(int name) {
  switch (name) {
    case _SC_CLK_TCK: return ABI_CLK_TCK;
    case _SC_PAGESIZE: return ABI_PAGE_SIZE;
    case _SC_OPEN_MAX: {
      struct rlimit rl;
      return getrlimit(RLIMIT_NOFILE, &rl) == 0 ? (long)rl.rlim_cur : 64;
    }
    case _SC_CHILD_MAX: {
      struct rlimit rl;
      return getrlimit(RLIMIT_NPROC, &rl) == 0 ? (long)rl.rlim_cur : 64;
    }
    case _SC_ARG_MAX: return 131072;
    case _SC_NPROCESSORS_ONLN: return 1;
  }
  return __syscall_fail(EINVAL);
}

int getpagesize(void) { return ABI_PAGE_SIZE; }

long syscall(long n, ...) {
  va_list ap;
  va_start(ap, n);
  long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
  long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
  va_end(ap);
  return __syscall_ret(__syscall6(n, a, b, c, d, e, f));
}

int system(const char *cmd) {
  if (!cmd) return 1;
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd, (char *)0);
    _exit(127);
  }
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return status;
}
