#ifndef _SIGNAL_H
#define _SIGNAL_H
#include <bits/types.h>
#include <abi/signal.h>

#define SIGHUP ABI_SIGHUP
#define SIGINT ABI_SIGINT
#define SIGQUIT ABI_SIGQUIT
#define SIGILL ABI_SIGILL
#define SIGTRAP ABI_SIGTRAP
#define SIGABRT ABI_SIGABRT
#define SIGIOT ABI_SIGABRT
#define SIGBUS ABI_SIGBUS
#define SIGFPE ABI_SIGFPE
#define SIGKILL ABI_SIGKILL
#define SIGUSR1 ABI_SIGUSR1
#define SIGSEGV ABI_SIGSEGV
#define SIGUSR2 ABI_SIGUSR2
#define SIGPIPE ABI_SIGPIPE
#define SIGALRM ABI_SIGALRM
#define SIGTERM ABI_SIGTERM
#define SIGSTKFLT ABI_SIGSTKFLT
#define SIGCHLD ABI_SIGCHLD
#define SIGCONT ABI_SIGCONT
#define SIGSTOP ABI_SIGSTOP
#define SIGTSTP ABI_SIGTSTP
#define SIGTTIN ABI_SIGTTIN
#define SIGTTOU ABI_SIGTTOU
#define SIGURG ABI_SIGURG
#define SIGXCPU ABI_SIGXCPU
#define SIGXFSZ ABI_SIGXFSZ
#define SIGVTALRM ABI_SIGVTALRM
#define SIGPROF ABI_SIGPROF
#define SIGWINCH ABI_SIGWINCH
#define SIGIO ABI_SIGIO
#define SIGPOLL ABI_SIGIO
#define SIGPWR ABI_SIGPWR
#define SIGSYS ABI_SIGSYS
#define SIGRTMIN ABI_SIGRTMIN
#define SIGRTMAX ABI_NSIG
#define NSIG (ABI_NSIG + 1)
#define _NSIG NSIG

#define SA_NOCLDSTOP ABI_SA_NOCLDSTOP
#define SA_NOCLDWAIT ABI_SA_NOCLDWAIT
#define SA_SIGINFO ABI_SA_SIGINFO
#define SA_ONSTACK ABI_SA_ONSTACK
#define SA_RESTART ABI_SA_RESTART
#define SA_NODEFER ABI_SA_NODEFER
#define SA_RESETHAND ABI_SA_RESETHAND
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND
#define SIG_BLOCK ABI_SIG_BLOCK
#define SIG_UNBLOCK ABI_SIG_UNBLOCK
#define SIG_SETMASK ABI_SIG_SETMASK

#define SI_USER ABI_SI_USER
#define SI_KERNEL ABI_SI_KERNEL
#define SI_QUEUE ABI_SI_QUEUE
#define SI_TKILL ABI_SI_TKILL
#define CLD_EXITED ABI_CLD_EXITED
#define CLD_KILLED ABI_CLD_KILLED
#define CLD_DUMPED ABI_CLD_DUMPED
#define CLD_TRAPPED ABI_CLD_TRAPPED
#define CLD_STOPPED ABI_CLD_STOPPED
#define CLD_CONTINUED ABI_CLD_CONTINUED
#define SEGV_MAPERR ABI_SEGV_MAPERR
#define SEGV_ACCERR ABI_SEGV_ACCERR

typedef void (*sighandler_t)(int);
typedef sighandler_t __sighandler_t;
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

typedef int sig_atomic_t;
/* The kernel's 64-bit set (glibc uses 1024 bits; 64 are all Linux has). */
typedef struct { unsigned long sig[2]; } sigset_t;

union sigval {
  int sival_int;
  void *sival_ptr;
};

/* siginfo_t: the kernel's 128-byte layout (struct abi_siginfo). */
typedef struct {
  int si_signo;
  int si_errno;
  int si_code;
  union {
    int pad_[29];
    struct { pid_t pid; uid_t uid; int status; clock_t utime, stime; } chld_;
    struct { void *addr; } fault_;
    struct { pid_t pid; uid_t uid; union sigval value; } rt_;
  } f_;
} siginfo_t;
#define si_pid f_.chld_.pid
#define si_uid f_.chld_.uid
#define si_status f_.chld_.status
#define si_utime f_.chld_.utime
#define si_stime f_.chld_.stime
#define si_addr f_.fault_.addr
#define si_value f_.rt_.value

struct sigaction {
  union {
    void (*sa_handler_)(int);
    void (*sa_sigaction_)(int, siginfo_t *, void *);
  } u_;
  sigset_t sa_mask;
  int sa_flags;
};
#define sa_handler u_.sa_handler_
#define sa_sigaction u_.sa_sigaction_

typedef struct {
  void *ss_sp;
  int ss_flags;
  size_t ss_size;
} stack_t;

sighandler_t signal(int sig, sighandler_t handler);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int raise(int sig);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigsuspend(const sigset_t *mask);
int sigpending(sigset_t *set);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int siginterrupt(int sig, int flag);
void psignal(int sig, const char *msg);
extern const char *const sys_siglist[];
#endif
