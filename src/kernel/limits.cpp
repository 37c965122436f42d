// Resource limits (SPEC §4.2): the defaults a boot gives init (and so every
// process, as rlimits are inherited), and the limits the kernel enforces
// outside one system call: RLIMIT_CPU as the process runs, RLIMIT_AS when
// memory is mapped. RLIMIT_NPROC is checked in fork.cpp, RLIMIT_NOFILE in
// fs.cpp (install_file), RLIMIT_STACK in exec.cpp (the stack's size),
// RLIMIT_DATA in brk.
#include <algorithm>

#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/kernel.h"

namespace forklab::kernel {
namespace {

constexpr u64 kInfinity = ~0ull;  // RLIM_INFINITY
constexpr u64 kInsnsPerSecond = 1000000000ull / kNsPerInsn;

}  // namespace

// Linux's defaults for a login (what `ulimit -a` shows on Debian), with
// RLIMIT_NPROC at the size of the process table.
void set_default_rlimits(Process& p, u32 max_processes) {
  p.rlimits.fill(Rlimit{kInfinity, kInfinity});
  p.rlimits[ABI_RLIMIT_STACK] = {kStackMaxBytes, kInfinity};
  p.rlimits[ABI_RLIMIT_CORE] = {0, kInfinity};
  p.rlimits[ABI_RLIMIT_NPROC] = {max_processes, max_processes};
  p.rlimits[ABI_RLIMIT_NOFILE] = {kDefaultMaxFds, 4096};
  p.rlimits[ABI_RLIMIT_MEMLOCK] = {8u << 20, 8u << 20};
  p.rlimits[ABI_RLIMIT_SIGPENDING] = {max_processes * 4ull, max_processes * 4ull};
  p.rlimits[ABI_RLIMIT_MSGQUEUE] = {819200, 819200};
  p.rlimits[ABI_RLIMIT_NICE] = {0, 0};
  p.rlimits[ABI_RLIMIT_RTPRIO] = {0, 0};
}

// RLIMIT_CPU, as setrlimit(2) describes it: SIGXCPU when the soft limit is
// reached and once every CPU second after it, SIGKILL at the hard limit.
// Counted for the whole process (all its threads), in virtual seconds.
void check_cpu_limit(Kernel& k, Process& p) {
  const Rlimit& limit = p.rlimits[ABI_RLIMIT_CPU];
  if (limit.cur == kInfinity && limit.max == kInfinity) return;
  u64 ut = 0, st = 0;
  group_times(k, p, &ut, &st);
  u64 seconds = (ut + st) / kInsnsPerSecond;
  Process& target = signal_target(k, group_leader(k, p) ? *group_leader(k, p) : p);
  if (seconds >= limit.max) {
    send_signal(k, target, ABI_SIGKILL, 0);
  } else if (seconds >= limit.cur && seconds >= target.xcpu_second) {
    target.xcpu_second = seconds + 1;
    send_signal(k, target, ABI_SIGXCPU, 0);
  }
}

// RLIMIT_AS: would mapping `extra` more bytes take the address space of p
// past its limit? (mmap and brk then fail with ENOMEM.)
bool exceeds_address_space_limit(const Kernel& k, const Process& p, u64 extra) {
  u64 limit = p.rlimits[ABI_RLIMIT_AS].cur;
  if (limit == kInfinity) return false;
  u64 total = 0;
  for (const Region& r : k.spaces[p.mm].regions) {
    // The stack is left out: its region is reserved at its full size at
    // exec, where Linux counts only what the stack has grown to.
    if (r.kind != RegionKind::stack && r.kind != RegionKind::vdso && r.start != kSigTrampoline) {
      total += r.end - r.start;
    }
  }
  return total + extra > limit;
}

}  // namespace forklab::kernel
