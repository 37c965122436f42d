/* The guest ABI: signals (Linux asm-generic/signal.h and the RISC-V signal
 * frame, arch/riscv/include/uapi/asm/{sigcontext,ucontext}.h). */
#ifndef FORKLAB_ABI_SIGNAL_H
#define FORKLAB_ABI_SIGNAL_H

#include "types.h"

#define ABI_SIGHUP 1
#define ABI_SIGINT 2
#define ABI_SIGQUIT 3
#define ABI_SIGILL 4
#define ABI_SIGTRAP 5
#define ABI_SIGABRT 6
#define ABI_SIGBUS 7
#define ABI_SIGFPE 8
#define ABI_SIGKILL 9
#define ABI_SIGUSR1 10
#define ABI_SIGSEGV 11
#define ABI_SIGUSR2 12
#define ABI_SIGPIPE 13
#define ABI_SIGALRM 14
#define ABI_SIGTERM 15
#define ABI_SIGSTKFLT 16
#define ABI_SIGCHLD 17
#define ABI_SIGCONT 18
#define ABI_SIGSTOP 19
#define ABI_SIGTSTP 20
#define ABI_SIGTTIN 21
#define ABI_SIGTTOU 22
#define ABI_SIGURG 23
#define ABI_SIGXCPU 24
#define ABI_SIGXFSZ 25
#define ABI_SIGVTALRM 26
#define ABI_SIGPROF 27
#define ABI_SIGWINCH 28
#define ABI_SIGIO 29
#define ABI_SIGPWR 30
#define ABI_SIGSYS 31
#define ABI_SIGRTMIN 32
#define ABI_NSIG 64 /* signals 1..64; the kernel sigset is 64 bits */

/* X-macro: X(NAME, "description") for signals 1..31, for kill -l,
 * strsignal and trace events. Use: #define X(n, d) case ABI_SIG##n: ... */
#define ABI_SIGNAL_LIST(X)                                                    \
  X(HUP, "Hangup") X(INT, "Interrupt") X(QUIT, "Quit")                        \
  X(ILL, "Illegal instruction") X(TRAP, "Trace/breakpoint trap")              \
  X(ABRT, "Aborted") X(BUS, "Bus error")                                      \
  X(FPE, "Floating point exception") X(KILL, "Killed")                        \
  X(USR1, "User defined signal 1") X(SEGV, "Segmentation fault")              \
  X(USR2, "User defined signal 2") X(PIPE, "Broken pipe")                     \
  X(ALRM, "Alarm clock") X(TERM, "Terminated") X(STKFLT, "Stack fault")       \
  X(CHLD, "Child exited") X(CONT, "Continued") X(STOP, "Stopped (signal)")    \
  X(TSTP, "Stopped") X(TTIN, "Stopped (tty input)")                           \
  X(TTOU, "Stopped (tty output)") X(URG, "Urgent I/O condition")              \
  X(XCPU, "CPU time limit exceeded") X(XFSZ, "File size limit exceeded")      \
  X(VTALRM, "Virtual timer expired") X(PROF, "Profiling timer expired")       \
  X(WINCH, "Window changed") X(IO, "I/O possible") X(PWR, "Power failure")    \
  X(SYS, "Bad system call")

/* rt_sigaction flags. There is no SA_RESTORER on RISC-V: the kernel returns
 * from a handler through a trampoline it provides (Linux: the vDSO's
 * __vdso_rt_sigreturn, whose address it puts in ra). */
#define ABI_SA_NOCLDSTOP 0x00000001u
#define ABI_SA_NOCLDWAIT 0x00000002u
#define ABI_SA_SIGINFO 0x00000004u
#define ABI_SA_ONSTACK 0x08000000u
#define ABI_SA_RESTART 0x10000000u
#define ABI_SA_NODEFER 0x40000000u
#define ABI_SA_RESETHAND 0x80000000u

#define ABI_SIG_DFL 0u
#define ABI_SIG_IGN 1u

/* rt_sigprocmask `how` */
#define ABI_SIG_BLOCK 0
#define ABI_SIG_UNBLOCK 1
#define ABI_SIG_SETMASK 2

/* The kernel sigset: 64 bits as two 32-bit words (so 4-byte aligned, which
 * matters inside ucontext); signal s is bit (s-1) % 32 of sig[(s-1) / 32].
 * rt_sigaction/rt_sigprocmask take sigsetsize == 8. */
typedef struct { abi_u32 sig[2]; } abi_sigset;
#define ABI_SIGSET_SIZE 8

/* struct sigaction as rt_sigaction reads it on RISC-V: no sa_restorer. */
struct abi_sigaction {
  abi_ptr handler; /* sa_handler, or sa_sigaction with SA_SIGINFO; 0 DFL, 1 IGN */
  abi_ulong flags;
  abi_sigset mask;
};
ABI_STATIC_ASSERT(sizeof(struct abi_sigaction) == 16, "abi_sigaction");

/* si_code values */
#define ABI_SI_USER 0
#define ABI_SI_KERNEL 0x80
#define ABI_SI_QUEUE (-1)
#define ABI_SI_TIMER (-2)
#define ABI_SI_TKILL (-6)
#define ABI_CLD_EXITED 1
#define ABI_CLD_KILLED 2
#define ABI_CLD_DUMPED 3
#define ABI_CLD_TRAPPED 4
#define ABI_CLD_STOPPED 5
#define ABI_CLD_CONTINUED 6
#define ABI_SEGV_MAPERR 1
#define ABI_SEGV_ACCERR 2
#define ABI_ILL_ILLOPC 1
#define ABI_BUS_ADRALN 1
#define ABI_FPE_INTDIV 1

/* siginfo_t: 128 bytes; the union starts at offset 12 on 32-bit. */
struct abi_siginfo {
  abi_s32 si_signo;
  abi_s32 si_errno;
  abi_s32 si_code;
  union {
    abi_s32 pad[29];
    struct { abi_s32 pid; abi_u32 uid; } kill;          /* SI_USER, SI_TKILL */
    struct { abi_s32 tid; abi_s32 overrun; abi_ptr value; } timer;
    struct { abi_s32 pid; abi_u32 uid; abi_ptr value; } rt;
    struct {                                              /* SIGCHLD */
      abi_s32 pid;
      abi_u32 uid;
      abi_s32 status; /* exit code, or the signal for CLD_KILLED/STOPPED */
      abi_long utime; /* clock ticks */
      abi_long stime;
    } sigchld;
    struct { abi_ptr addr; } sigfault;                    /* SIGSEGV, SIGBUS */
  } fields;
};
ABI_STATIC_ASSERT(sizeof(struct abi_siginfo) == 128, "abi_siginfo");

/* stack_t (sigaltstack) */
struct abi_stack {
  abi_ptr ss_sp;
  abi_s32 ss_flags;
  abi_u32 ss_size;
};
#define ABI_SS_ONSTACK 1
#define ABI_SS_DISABLE 2

/* The RISC-V signal frame the kernel pushes on the guest stack:
 *   sp -> struct abi_rt_sigframe { siginfo; ucontext }  (16-byte aligned)
 * a0 = signal, a1 = &frame->info, a2 = &frame->uc, ra = the trampoline,
 * pc = the handler. rt_sigreturn reads the frame back from sp. */
struct abi_user_regs {
  abi_ulong pc, ra, sp, gp, tp, t0, t1, t2, s0, s1, a0, a1, a2, a3, a4, a5,
      a6, a7, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, t3, t4, t5, t6;
};
ABI_STATIC_ASSERT(sizeof(struct abi_user_regs) == 128, "abi_user_regs");

/* union __riscv_fp_state: the Q layout is the largest (528 bytes) and makes
 * the union 16-byte aligned. Our harts have no FPU; the kernel zeroes it. */
struct abi_fp_state {
  abi_u64 f[64];
  abi_u32 fcsr;
  abi_u32 reserved[3];
};
ABI_STATIC_ASSERT(sizeof(struct abi_fp_state) == 528, "abi_fp_state");

struct abi_sigcontext {
  struct abi_user_regs sc_regs;
  struct abi_fp_state sc_fpregs;
};

struct abi_ucontext {
  abi_ulong uc_flags;
  abi_ptr uc_link;
  struct abi_stack uc_stack;
  abi_sigset uc_sigmask;
  abi_u8 unused_[1024 / 8 - sizeof(abi_sigset)]; /* room for a 1024-bit set */
  abi_u8 align_[12];                             /* mcontext is 16-aligned */
  struct abi_sigcontext uc_mcontext;
};
ABI_STATIC_ASSERT(sizeof(struct abi_ucontext) == 816, "abi_ucontext");

struct abi_rt_sigframe {
  struct abi_siginfo info;
  struct abi_ucontext uc;
};
ABI_STATIC_ASSERT(sizeof(struct abi_rt_sigframe) == 944, "abi_rt_sigframe");

#endif
