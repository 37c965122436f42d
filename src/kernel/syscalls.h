// Internal to the kernel: the system call handlers and what they return.
#pragma once

#include "kernel/kernel.h"

namespace forklab::kernel {

// A handler's outcome: a value for a0 (>= 0, or -errno), or "block": the
// process sleeps on `channel` and the ecall runs again when it is woken.
struct SysResult {
  i32 value = 0;
  bool block = false;
  WaitChannel channel;
  bool keep_registers = false;  // rt_sigreturn set every register itself
};

inline SysResult ret(i32 value) { return SysResult{value, false, {}, false}; }
inline SysResult err(int errno_value) { return SysResult{-errno_value, false, {}, false}; }
inline SysResult block_on(WaitChannel channel) { return SysResult{0, true, channel, false}; }
inline SysResult keep_registers() { return SysResult{0, false, {}, true}; }
template <class T>
SysResult ret_or_err(const KResult<T>& r) {
  if (!r.ok()) return err(r.error());
  if constexpr (std::is_same_v<T, void>) {
    return ret(0);
  } else {
    return ret(i32(*r));
  }
}

using SysArgs = const u32*;  // a0..a5

// fs.cpp
SysResult sys_openat(Kernel& k, Process& p, SysArgs a);
SysResult sys_close(Kernel& k, Process& p, SysArgs a);
SysResult sys_read(Kernel& k, Process& p, SysArgs a);
SysResult sys_write(Kernel& k, Process& p, SysArgs a);
SysResult sys_readv(Kernel& k, Process& p, SysArgs a);
SysResult sys_writev(Kernel& k, Process& p, SysArgs a);
SysResult sys_llseek(Kernel& k, Process& p, SysArgs a);
SysResult sys_dup(Kernel& k, Process& p, SysArgs a);
SysResult sys_dup3(Kernel& k, Process& p, SysArgs a);
SysResult sys_fcntl64(Kernel& k, Process& p, SysArgs a);
SysResult sys_pipe2(Kernel& k, Process& p, SysArgs a);
SysResult sys_getdents64(Kernel& k, Process& p, SysArgs a);
SysResult sys_statx(Kernel& k, Process& p, SysArgs a);
SysResult sys_chdir(Kernel& k, Process& p, SysArgs a);
SysResult sys_fchdir(Kernel& k, Process& p, SysArgs a);
SysResult sys_getcwd(Kernel& k, Process& p, SysArgs a);
SysResult sys_mkdirat(Kernel& k, Process& p, SysArgs a);
SysResult sys_unlinkat(Kernel& k, Process& p, SysArgs a);
SysResult sys_renameat2(Kernel& k, Process& p, SysArgs a);
SysResult sys_symlinkat(Kernel& k, Process& p, SysArgs a);
SysResult sys_readlinkat(Kernel& k, Process& p, SysArgs a);
SysResult sys_faccessat(Kernel& k, Process& p, SysArgs a);
SysResult sys_ftruncate64(Kernel& k, Process& p, SysArgs a);
SysResult sys_ioctl(Kernel& k, Process& p, SysArgs a);

// exit.cpp
i32 sys_wait4(Kernel& k, Process& p, i32 selector, u32 status_ptr, u32 options, u32 rusage_ptr,
              bool* block);
i32 sys_waitid(Kernel& k, Process& p, u32 idtype, i32 id, u32 info_ptr, u32 options, bool* block);
i32 sys_kill(Kernel& k, Process& p, i32 pid, int sig);

// signal.cpp
SysResult sys_rt_sigreturn(Kernel& k, Process& p, SysArgs a);
SysResult sys_rt_sigsuspend(Kernel& k, Process& p, SysArgs a);
SysResult sys_rt_sigpending(Kernel& k, Process& p, SysArgs a);
void write_sigreturn_trampoline(std::span<u8> page);

// tty.cpp: the console when it is a terminal
SysResult tty_read(Kernel& k, Process& p, const OpenFile& f, std::vector<u8>& buf);
// TOSTOP: a background write gets SIGTTOU; ret(0) when the write may go on.
SysResult tty_write_check(Kernel& k, Process& p);
SysResult tty_ioctl(Kernel& k, Process& p, u32 cmd, u32 arg);
// thread.cpp
SysResult sys_futex(Kernel& k, Process& p, SysArgs a);
SysResult sys_set_tid_address(Kernel& k, Process& p, SysArgs a);
SysResult sys_exit_thread(Kernel& k, Process& p, SysArgs a);

// mm_syscalls in syscall.cpp
SysResult sys_brk(Kernel& k, Process& p, SysArgs a);
SysResult sys_mmap2(Kernel& k, Process& p, SysArgs a);
SysResult sys_munmap(Kernel& k, Process& p, SysArgs a);
SysResult sys_mprotect(Kernel& k, Process& p, SysArgs a);

}  // namespace forklab::kernel
