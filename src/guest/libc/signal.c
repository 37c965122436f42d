/* Signals over the rt_* calls. On RISC-V the kernel's struct sigaction is
 * {handler, flags, mask} with no restorer: the kernel itself returns from
 * handlers through a trampoline (see abi/README.md). */
#include "internal.h"
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

/* qemu-riscv32 (7.2) reads and writes a 20-byte sigaction with a restorer
 * word before the mask, where Linux has 16 bytes. The padding keeps its
 * extra write off our stack; see abi/README.md. */
struct kernel_sigaction {
  struct abi_sigaction sa;
  abi_u32 qemu_pad[2];
};

int sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
  struct kernel_sigaction kact, kold;
  memset(&kact, 0, sizeof kact);
  if (act) {
    kact.sa.handler = (abi_ptr)act->sa_handler;
    kact.sa.flags = (abi_ulong)act->sa_flags;
    memcpy(&kact.sa.mask, &act->sa_mask, sizeof kact.sa.mask);
  }
  long r = __syscall4(SYS(rt_sigaction), sig, act ? (long)&kact : 0,
                      old ? (long)&kold : 0, ABI_SIGSET_SIZE);
  if (r == 0 && old) {
    memset(old, 0, sizeof *old);
    old->sa_handler = (sighandler_t)kold.sa.handler;
    old->sa_flags = (int)kold.sa.flags;
    memcpy(&old->sa_mask, &kold.sa.mask, sizeof kold.sa.mask);
  }
  return __syscall_ret(r);
}

/* signal() with BSD semantics, as glibc gives: the handler stays installed
 * and slow calls restart. */
sighandler_t signal(int sig, sighandler_t handler) {
  struct sigaction act, old;
  memset(&act, 0, sizeof act);
  act.sa_handler = handler;
  act.sa_flags = SA_RESTART;
  if (sigaction(sig, &act, &old) < 0) return SIG_ERR;
  return old.sa_handler;
}

int siginterrupt(int sig, int flag) {
  struct sigaction act;
  if (sigaction(sig, 0, &act) < 0) return -1;
  if (flag) act.sa_flags &= ~SA_RESTART;
  else act.sa_flags |= SA_RESTART;
  return sigaction(sig, &act, 0);
}

int kill(pid_t pid, int sig) { return __syscall_ret(__syscall2(SYS(kill), pid, sig)); }
int killpg(pid_t pgrp, int sig) {
  if (pgrp < 0) return __syscall_fail(EINVAL);
  return kill(-pgrp, sig);
}
int raise(int sig) { return __syscall_ret(__syscall3(SYS(tgkill), getpid(), gettid(), sig)); }

int sigprocmask(int how, const sigset_t *set, sigset_t *old) {
  return __syscall_ret(__syscall4(SYS(rt_sigprocmask), how, (long)set, (long)old, ABI_SIGSET_SIZE));
}

int sigsuspend(const sigset_t *mask) {
  return __syscall_ret(__syscall2(SYS(rt_sigsuspend), (long)mask, ABI_SIGSET_SIZE));
}

int sigpending(sigset_t *set) {
  return __syscall_ret(__syscall2(SYS(rt_sigpending), (long)set, ABI_SIGSET_SIZE));
}

/* pause: there is no pause call; sleep in rt_sigsuspend with the current
 * mask until a handler runs. */
int pause(void) {
  sigset_t cur;
  sigprocmask(SIG_BLOCK, 0, &cur);
  return sigsuspend(&cur);
}

static int bad_signal(int sig) { return sig < 1 || sig > ABI_NSIG; }

int sigemptyset(sigset_t *set) {
  set->sig[0] = set->sig[1] = 0;
  return 0;
}
int sigfillset(sigset_t *set) {
  set->sig[0] = set->sig[1] = ~0UL;
  return 0;
}
int sigaddset(sigset_t *set, int sig) {
  if (bad_signal(sig)) return __syscall_fail(EINVAL);
  set->sig[(sig - 1) / 32] |= 1UL << ((sig - 1) % 32);
  return 0;
}
int sigdelset(sigset_t *set, int sig) {
  if (bad_signal(sig)) return __syscall_fail(EINVAL);
  set->sig[(sig - 1) / 32] &= ~(1UL << ((sig - 1) % 32));
  return 0;
}
int sigismember(const sigset_t *set, int sig) {
  if (bad_signal(sig)) return __syscall_fail(EINVAL);
  return (set->sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

/* sigjmp_buf: 14 saved registers, then a flag and the mask (setjmp.S). */
int __sigsetjmp_tail(unsigned long *env, int savemask) {
  env[14] = (unsigned long)savemask;
  if (savemask) sigprocmask(SIG_BLOCK, 0, (sigset_t *)&env[15]);
  return 0;
}

void siglongjmp(sigjmp_buf env, int val) {
  if (env[14]) sigprocmask(SIG_SETMASK, (sigset_t *)&env[15], 0);
  longjmp(env, val);
}

/* setitimer/getitimer use the old 32-bit timeval on rv32. */
static void itimer_to_abi(struct abi_old_itimerval *k, const struct itimerval *v) {
  k->it_interval.tv_sec = (abi_long)v->it_interval.tv_sec;
  k->it_interval.tv_usec = v->it_interval.tv_usec;
  k->it_value.tv_sec = (abi_long)v->it_value.tv_sec;
  k->it_value.tv_usec = v->it_value.tv_usec;
}

static void itimer_from_abi(struct itimerval *v, const struct abi_old_itimerval *k) {
  memset(v, 0, sizeof *v);
  v->it_interval.tv_sec = k->it_interval.tv_sec;
  v->it_interval.tv_usec = k->it_interval.tv_usec;
  v->it_value.tv_sec = k->it_value.tv_sec;
  v->it_value.tv_usec = k->it_value.tv_usec;
}

int setitimer(int which, const struct itimerval *val, struct itimerval *old) {
  struct abi_old_itimerval kval, kold;
  itimer_to_abi(&kval, val);
  long r = __syscall3(SYS(setitimer), which, (long)&kval, old ? (long)&kold : 0);
  if (r == 0 && old) itimer_from_abi(old, &kold);
  return __syscall_ret(r);
}

int getitimer(int which, struct itimerval *val) {
  struct abi_old_itimerval k;
  long r = __syscall2(SYS(getitimer), which, (long)&k);
  if (r == 0) itimer_from_abi(val, &k);
  return __syscall_ret(r);
}

/* alarm: there is no alarm call on the generic table; ITIMER_REAL is the
 * same timer. Returns the seconds left on the old one, rounded up. */
unsigned alarm(unsigned seconds) {
  struct itimerval v, old;
  memset(&v, 0, sizeof v);
  v.it_value.tv_sec = seconds;
  if (setitimer(ITIMER_REAL, &v, &old) < 0) return 0;
  return (unsigned)old.it_value.tv_sec + (old.it_value.tv_usec ? 1 : 0);
}

