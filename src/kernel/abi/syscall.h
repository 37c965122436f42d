/* The guest ABI: system call numbers.
 *
 * Linux's generic table (include/uapi/asm-generic/unistd.h) as 32-bit RISC-V
 * sees it: no fork, open, pipe, wait, alarm or pause numbers (libc builds
 * them from clone, openat, pipe2, wait4/waitid, setitimer, rt_sigsuspend),
 * and the 64-bit-time variants (4xx) instead of the old time32 calls.
 * Arguments in a0..a5, the number in a7, result or -errno in a0.
 * Deviations (wait4, the host service) are listed in README.md. */
#ifndef FORKLAB_ABI_SYSCALL_H
#define FORKLAB_ABI_SYSCALL_H

#define ABI_SYS_getcwd 17
#define ABI_SYS_dup 23
#define ABI_SYS_dup3 24
#define ABI_SYS_fcntl64 25
#define ABI_SYS_ioctl 29
#define ABI_SYS_mknodat 33
#define ABI_SYS_mkdirat 34
#define ABI_SYS_unlinkat 35
#define ABI_SYS_symlinkat 36
#define ABI_SYS_linkat 37
#define ABI_SYS_ftruncate64 46
#define ABI_SYS_faccessat 48
#define ABI_SYS_chdir 49
#define ABI_SYS_fchdir 50
#define ABI_SYS_fchmod 52
#define ABI_SYS_fchmodat 53
#define ABI_SYS_fchownat 54
#define ABI_SYS_openat 56
#define ABI_SYS_close 57
#define ABI_SYS_pipe2 59
#define ABI_SYS_getdents64 61
#define ABI_SYS_llseek 62
#define ABI_SYS_read 63
#define ABI_SYS_write 64
#define ABI_SYS_readv 65
#define ABI_SYS_writev 66
#define ABI_SYS_pread64 67
#define ABI_SYS_pwrite64 68
#define ABI_SYS_readlinkat 78
#define ABI_SYS_fsync 82
#define ABI_SYS_exit 93
#define ABI_SYS_exit_group 94
#define ABI_SYS_waitid 95
#define ABI_SYS_set_tid_address 96
#define ABI_SYS_set_robust_list 99
#define ABI_SYS_getitimer 102
#define ABI_SYS_setitimer 103
#define ABI_SYS_sched_yield 124
#define ABI_SYS_kill 129
#define ABI_SYS_tkill 130
#define ABI_SYS_tgkill 131
#define ABI_SYS_sigaltstack 132
#define ABI_SYS_rt_sigsuspend 133
#define ABI_SYS_rt_sigaction 134
#define ABI_SYS_rt_sigprocmask 135
#define ABI_SYS_rt_sigpending 136
#define ABI_SYS_rt_sigreturn 139
#define ABI_SYS_setpriority 140
#define ABI_SYS_getpriority 141
#define ABI_SYS_setregid 143
#define ABI_SYS_setgid 144
#define ABI_SYS_setreuid 145
#define ABI_SYS_setuid 146
#define ABI_SYS_times 153
#define ABI_SYS_setpgid 154
#define ABI_SYS_getpgid 155
#define ABI_SYS_getsid 156
#define ABI_SYS_setsid 157
#define ABI_SYS_uname 160
#define ABI_SYS_getrusage 165
#define ABI_SYS_umask 166
#define ABI_SYS_getpid 172
#define ABI_SYS_getppid 173
#define ABI_SYS_getuid 174
#define ABI_SYS_geteuid 175
#define ABI_SYS_getgid 176
#define ABI_SYS_getegid 177
#define ABI_SYS_gettid 178
#define ABI_SYS_brk 214
#define ABI_SYS_munmap 215
#define ABI_SYS_mremap 216
#define ABI_SYS_clone 220
#define ABI_SYS_execve 221
#define ABI_SYS_mmap2 222 /* offset in 4096-byte units on 32-bit */
#define ABI_SYS_mprotect 226
#define ABI_SYS_wait4 260 /* dropped by rv32 Linux, kept by ForkLab */
#define ABI_SYS_prlimit64 261
#define ABI_SYS_renameat2 276
#define ABI_SYS_getrandom 278
#define ABI_SYS_statx 291
#define ABI_SYS_clock_gettime64 403
#define ABI_SYS_clock_settime64 404
#define ABI_SYS_clock_getres_time64 406
#define ABI_SYS_clock_nanosleep_time64 407
#define ABI_SYS_utimensat_time64 412
#define ABI_SYS_ppoll_time64 414
#define ABI_SYS_rt_sigtimedwait_time64 421
#define ABI_SYS_futex_time64 422

/* ForkLab's one private call: the guest `cc` asks the host to compile.
 * 0x464C is "FL"; far above Linux's table (which ends below 500), so it can
 * never collide with a future Linux call. See README.md. */
#define ABI_SYS_forklab_host 0x464C

/* X-macro over every call above, for name tables (trace events, `trace`).
 * Use: #define X(name) case ABI_SYS_##name: return #name; */
#define ABI_SYSCALL_LIST(X)                                                   \
  X(getcwd) X(dup) X(dup3) X(fcntl64) X(ioctl) X(mknodat) X(mkdirat)          \
  X(unlinkat) X(symlinkat) X(linkat) X(ftruncate64) X(faccessat) X(chdir)     \
  X(fchdir) X(fchmod) X(fchmodat) X(fchownat) X(openat) X(close) X(pipe2)     \
  X(getdents64) X(llseek) X(read) X(write) X(readv) X(writev) X(pread64)      \
  X(pwrite64) X(readlinkat) X(fsync) X(exit) X(exit_group) X(waitid)          \
  X(set_tid_address) X(set_robust_list) X(getitimer) X(setitimer)             \
  X(sched_yield) X(kill) X(tkill) X(tgkill) X(sigaltstack) X(rt_sigsuspend)   \
  X(rt_sigaction) X(rt_sigprocmask) X(rt_sigpending) X(rt_sigreturn)          \
  X(setpriority) X(getpriority) X(setregid) X(setgid) X(setreuid) X(setuid)   \
  X(times) X(setpgid) X(getpgid) X(getsid) X(setsid) X(uname) X(getrusage)    \
  X(umask) X(getpid) X(getppid) X(getuid) X(geteuid) X(getgid) X(getegid)     \
  X(gettid) X(brk) X(munmap) X(mremap) X(clone) X(execve) X(mmap2)            \
  X(mprotect) X(wait4) X(prlimit64) X(renameat2) X(getrandom) X(statx)        \
  X(clock_gettime64) X(clock_settime64) X(clock_getres_time64)                \
  X(clock_nanosleep_time64) X(utimensat_time64) X(ppoll_time64)               \
  X(rt_sigtimedwait_time64) X(futex_time64) X(forklab_host)

#endif
