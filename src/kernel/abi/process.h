/* The guest ABI: processes, time and limits (clone and wait flags, rusage,
 * rlimits, priorities, times, uname, the auxiliary vector, futex, clocks).
 * Linux's values; layouts as 32-bit RISC-V sees them. */
#ifndef FORKLAB_ABI_PROCESS_H
#define FORKLAB_ABI_PROCESS_H

#include "types.h"

/* clone(flags, newsp, parent_tid, tls, child_tid): RISC-V uses the
 * CLONE_BACKWARDS argument order (tls before child_tid). The low byte of
 * flags is the signal sent to the parent at exit (SIGCHLD for fork). */
#define ABI_CSIGNAL 0x000000ffu
#define ABI_CLONE_VM 0x00000100u
#define ABI_CLONE_FS 0x00000200u
#define ABI_CLONE_FILES 0x00000400u
#define ABI_CLONE_SIGHAND 0x00000800u
#define ABI_CLONE_PIDFD 0x00001000u
#define ABI_CLONE_PTRACE 0x00002000u
#define ABI_CLONE_VFORK 0x00004000u
#define ABI_CLONE_PARENT 0x00008000u
#define ABI_CLONE_THREAD 0x00010000u
#define ABI_CLONE_NEWNS 0x00020000u
#define ABI_CLONE_SYSVSEM 0x00040000u
#define ABI_CLONE_SETTLS 0x00080000u
#define ABI_CLONE_PARENT_SETTID 0x00100000u
#define ABI_CLONE_CHILD_CLEARTID 0x00200000u
#define ABI_CLONE_DETACHED 0x00400000u
#define ABI_CLONE_UNTRACED 0x00800000u
#define ABI_CLONE_CHILD_SETTID 0x01000000u

/* wait4 / waitid options */
#define ABI_WNOHANG 0x00000001
#define ABI_WUNTRACED 0x00000002
#define ABI_WSTOPPED ABI_WUNTRACED
#define ABI_WEXITED 0x00000004
#define ABI_WCONTINUED 0x00000008
#define ABI_WNOWAIT 0x01000000
#define ABI_WNOTHREAD 0x20000000
#define ABI_WALL 0x40000000
#define ABI_WCLONE 0x80000000u
/* waitid idtype */
#define ABI_P_ALL 0
#define ABI_P_PID 1
#define ABI_P_PGID 2
#define ABI_P_PIDFD 3

/* The wait status word wait4 stores (as every Unix encodes it):
 *   exited:    (code & 0xff) << 8
 *   killed:    sig | 0x80 if a core was dumped
 *   stopped:   (sig << 8) | 0x7f
 *   continued: 0xffff */
#define ABI_W_EXITCODE(code, sig) (((code) << 8) | (sig))
#define ABI_W_STOPCODE(sig) (((sig) << 8) | 0x7f)
#define ABI_W_CONTINUED 0xffff
#define ABI_WCOREFLAG 0x80

/* Time: 64-bit seconds everywhere new (the *_time64 calls). */
struct abi_timespec64 {
  abi_s64 tv_sec;
  abi_s64 tv_nsec; /* Linux's __kernel_timespec: long long, only the low
                      32 bits are meaningful on 32-bit guests */
};
ABI_STATIC_ASSERT(sizeof(struct abi_timespec64) == 16, "abi_timespec64");

/* The old 32-bit timeval that setitimer/getitimer and getrusage still use
 * on 32-bit RISC-V (Linux's __kernel_old_timeval). */
struct abi_old_timeval {
  abi_long tv_sec;
  abi_long tv_usec;
};
struct abi_old_itimerval {
  struct abi_old_timeval it_interval;
  struct abi_old_timeval it_value;
};
#define ABI_ITIMER_REAL 0
#define ABI_ITIMER_VIRTUAL 1
#define ABI_ITIMER_PROF 2

#define ABI_CLOCK_REALTIME 0
#define ABI_CLOCK_MONOTONIC 1
#define ABI_CLOCK_PROCESS_CPUTIME_ID 2
#define ABI_CLOCK_THREAD_CPUTIME_ID 3
#define ABI_CLOCK_MONOTONIC_RAW 4
#define ABI_CLOCK_BOOTTIME 7
#define ABI_TIMER_ABSTIME 1

/* getrusage / wait4 */
#define ABI_RUSAGE_SELF 0
#define ABI_RUSAGE_CHILDREN (-1)
#define ABI_RUSAGE_THREAD 1
struct abi_rusage {
  struct abi_old_timeval ru_utime;
  struct abi_old_timeval ru_stime;
  abi_long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, ru_minflt, ru_majflt,
      ru_nswap, ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv, ru_nsignals,
      ru_nvcsw, ru_nivcsw;
};
ABI_STATIC_ASSERT(sizeof(struct abi_rusage) == 72, "abi_rusage");

/* times(): clock_t is a 32-bit long; ticks are 100 per second (AT_CLKTCK) */
struct abi_tms {
  abi_long tms_utime;
  abi_long tms_stime;
  abi_long tms_cutime;
  abi_long tms_cstime;
};
#define ABI_CLK_TCK 100

/* prlimit64 (the only rlimit call 32-bit RISC-V has) */
struct abi_rlimit64 {
  abi_u64 rlim_cur;
  abi_u64 rlim_max;
};
#define ABI_RLIM64_INFINITY (~0ULL)
#define ABI_RLIMIT_CPU 0
#define ABI_RLIMIT_FSIZE 1
#define ABI_RLIMIT_DATA 2
#define ABI_RLIMIT_STACK 3
#define ABI_RLIMIT_CORE 4
#define ABI_RLIMIT_RSS 5
#define ABI_RLIMIT_NPROC 6
#define ABI_RLIMIT_NOFILE 7
#define ABI_RLIMIT_MEMLOCK 8
#define ABI_RLIMIT_AS 9
#define ABI_RLIMIT_LOCKS 10
#define ABI_RLIMIT_SIGPENDING 11
#define ABI_RLIMIT_MSGQUEUE 12
#define ABI_RLIMIT_NICE 13
#define ABI_RLIMIT_RTPRIO 14
#define ABI_RLIMIT_RTTIME 15
#define ABI_RLIM_NLIMITS 16

/* get/setpriority. The raw getpriority call returns 20 - nice (1..40) so
 * that it is never negative; libc turns it back into nice. */
#define ABI_PRIO_PROCESS 0
#define ABI_PRIO_PGRP 1
#define ABI_PRIO_USER 2

struct abi_utsname {
  char sysname[65];
  char nodename[65];
  char release[65];
  char version[65];
  char machine[65];
  char domainname[65];
};
ABI_STATIC_ASSERT(sizeof(struct abi_utsname) == 390, "abi_utsname");

/* The initial stack execve builds, from sp upwards:
 *   argc, argv[0..argc-1], NULL, envp[...], NULL, auxv pairs ..., AT_NULL 0
 * then the strings and AT_RANDOM's 16 bytes. sp is 16-byte aligned. */
#define ABI_AT_NULL 0
#define ABI_AT_IGNORE 1
#define ABI_AT_PHDR 3
#define ABI_AT_PHENT 4
#define ABI_AT_PHNUM 5
#define ABI_AT_PAGESZ 6
#define ABI_AT_BASE 7
#define ABI_AT_FLAGS 8
#define ABI_AT_ENTRY 9
#define ABI_AT_UID 11
#define ABI_AT_EUID 12
#define ABI_AT_GID 13
#define ABI_AT_EGID 14
#define ABI_AT_PLATFORM 15
#define ABI_AT_HWCAP 16
#define ABI_AT_CLKTCK 17
#define ABI_AT_SECURE 23
#define ABI_AT_RANDOM 25
#define ABI_AT_EXECFN 31
#define ABI_AT_SYSINFO_EHDR 33

/* futex_time64 ops */
#define ABI_FUTEX_WAIT 0
#define ABI_FUTEX_WAKE 1
#define ABI_FUTEX_WAIT_BITSET 9
#define ABI_FUTEX_WAKE_BITSET 10
#define ABI_FUTEX_PRIVATE_FLAG 128
#define ABI_FUTEX_CLOCK_REALTIME 256

/* The ForkLab host service (ABI_SYS_forklab_host): a0 = operation,
 * a1..a5 its arguments. Operations: */
#define ABI_HOST_CC 1 /* a1 = argv (char **), a2 = argc: run the C compiler
                         on VFS files; returns its exit status (0 ok, 1
                         errors); diagnostics go to the caller's fd 2 */

#endif
