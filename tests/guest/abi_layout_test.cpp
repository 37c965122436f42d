// The guest ABI headers (src/kernel/abi) as the C++ kernel sees them on the
// host: they compile next to the host's own errno/signal headers, and the
// layouts have Linux riscv32's offsets whatever the host is.
#include <doctest/doctest.h>

#include <cerrno>
#include <csignal>
#include <cstddef>

#include "kernel/abi/abi.h"

TEST_CASE("abi structs have the riscv32 Linux offsets on the host") {
  CHECK(offsetof(abi_statx, stx_mode) == 0x1c);
  CHECK(offsetof(abi_statx, stx_ino) == 0x20);
  CHECK(offsetof(abi_statx, stx_size) == 0x28);
  CHECK(offsetof(abi_statx, stx_atime) == 0x40);
  CHECK(offsetof(abi_statx, stx_mtime) == 0x70);
  CHECK(offsetof(abi_statx, stx_rdev_major) == 0x80);
  CHECK(offsetof(abi_siginfo, fields.sigchld.pid) == 12);
  CHECK(offsetof(abi_siginfo, fields.sigchld.status) == 20);
  CHECK(offsetof(abi_siginfo, fields.sigfault.addr) == 12);
  CHECK(offsetof(abi_sigaction, mask) == 8);
  CHECK(offsetof(abi_ucontext, uc_sigmask) == 20);
  CHECK(offsetof(abi_ucontext, uc_mcontext) == 160);
  CHECK(offsetof(abi_rt_sigframe, uc) == 128);
  CHECK(offsetof(abi_dirent64, d_reclen) == 16);
  CHECK(offsetof(abi_dirent64, d_type) == 18);
  CHECK(offsetof(abi_dirent64, d_name) == ABI_DIRENT64_NAME_OFFSET);
  CHECK(offsetof(abi_stat64, st_size) == 48);
  CHECK(offsetof(abi_stat64, st_atime_sec) == 72);
  CHECK(offsetof(abi_rusage, ru_maxrss) == 16);
  CHECK(offsetof(abi_termios, c_cc) == 17);
  CHECK(sizeof(abi_timespec64) == 16);
}

TEST_CASE("abi name tables cover the numbers") {
  // Every entry names a defined macro with a value in range, signals are
  // listed in order 1..31, and no number appears twice.
  int errnos = 0, valid_errnos = 0, signals = 0, in_order = 0, calls = 0;
  int seen[ABI_ERRNO_MAX] = {};
  bool duplicate = false;
#define X(name, msg)                                                   \
  errnos++;                                                            \
  if (ABI_##name > 0 && ABI_##name < ABI_ERRNO_MAX) {                  \
    valid_errnos++;                                                    \
    duplicate |= seen[ABI_##name]++ > 0;                               \
  }
  ABI_ERRNO_LIST(X)
#undef X
#define X(name, desc) in_order += ABI_SIG##name == ++signals;
  ABI_SIGNAL_LIST(X)
#undef X
#define X(name) calls += ABI_SYS_##name > 0;
  ABI_SYSCALL_LIST(X)
#undef X
  CHECK(errnos == valid_errnos);
  CHECK_FALSE(duplicate);
  CHECK(errnos == 79);
  CHECK(signals == 31);
  CHECK(in_order == 31);
  CHECK(calls == 89);
  CHECK(ABI_SYS_openat == 56);
  CHECK(ABI_SYS_wait4 == 260);
  CHECK(ABI_SYS_clock_nanosleep_time64 == 407);
  CHECK(ABI_EAGAIN == 11);
  CHECK(ABI_SIGCHLD == 17);
}
