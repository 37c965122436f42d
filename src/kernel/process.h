// A process (SPEC §4.2): what the kernel knows about one running program.
//
// Processes refer to each other by pid and to kernel objects by index (the
// address space, open files): the process table is plain data that a
// checkpoint copies and the lab turns into snapshots.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/types.h"
#include "kernel/file.h"
#include "kernel/ramfs.h"

namespace forklab::kernel {

// Linux's state letters, as ps shows them.
enum class ProcState : u8 {
  running,   // R: runnable or on the hart
  sleeping,  // S: waiting for an event (wait channel says which)
  disk,      // D: uninterruptible (vfork parent waiting for its child)
  stopped,   // T: stopped by a signal
  zombie,    // Z: exited, waiting for its parent's wait()
};
char state_letter(ProcState state);

// What a sleeping process waits for. The kernel wakes every process sleeping
// on a channel when that channel is signalled.
enum class WaitKind : u8 {
  none,
  child,       // wait4/waitid: any change in a child (id = the waiter's pid)
  pipe_read,   // data or EOF in pipe `id`
  pipe_write,  // room or no reader in pipe `id`
  tty_read,    // a line (or EOF) on the console
  timer,       // a sleep ending at Process::wake_time_ns
  vfork,       // the vfork child `id` exec'd or exited
  pause,       // any signal (rt_sigsuspend)
  futex,       // a futex_time64 wake on the word `id` (see Process::futex_mm)
};
const char* wait_kind_name(WaitKind kind);

struct WaitChannel {
  WaitKind kind = WaitKind::none;
  u32 id = 0;
  bool operator==(const WaitChannel& o) const { return kind == o.kind && id == o.id; }
};

struct SignalAction {
  u32 handler = 0;  // ABI_SIG_DFL, ABI_SIG_IGN or a guest address
  u32 flags = 0;    // SA_*
  u64 mask = 0;     // blocked while the handler runs
};

constexpr int kSignalCount = 64;

// What a handler with SA_SIGINFO learns about a pending signal.
struct SignalInfo {
  i32 code = 0;    // si_code: SI_USER, SI_KERNEL, CLD_EXITED, SEGV_MAPERR, ...
  i32 pid = 0;     // the sender (or the child, for SIGCHLD)
  i32 status = 0;  // SIGCHLD: exit code or signal
  u32 addr = 0;    // SIGSEGV, SIGBUS, SIGILL: the address
  u32 access = 0;  // and how it was used (machine::Access: 0 load, 1 store, 2 fetch)
};

struct Rlimit {
  u64 cur = ~0ull;  // RLIM_INFINITY
  u64 max = ~0ull;
};
constexpr int kRlimitCount = 16;

struct Process {
  bool live = false;
  i32 pid = 0;   // the task id: a thread's tid (gettid), a process's pid
  i32 tgid = 0;  // the thread group (getpid): the pid of its first thread, the leader
  i32 ppid = 0;
  i32 pgid = 0;
  i32 sid = 0;
  u32 slot = 0;  // index in the process table (Linux 0.11's task[] index)
  ProcState state = ProcState::running;
  WaitChannel channel;
  u64 wake_time_ns = 0;  // WaitKind::timer
  u64 alarm_ns = 0;         // ITIMER_REAL: when SIGALRM is due (0: off)
  u64 alarm_interval_ns = 0;

  std::string name;               // comm: the program's base name
  std::vector<std::string> argv;  // for ps and /proc/PID/cmdline
  InodeId cwd = kRootInode;
  u32 umask = 022;
  u32 uid = 1000, gid = 1000;
  i32 nice = 0;
  std::array<Rlimit, kRlimitCount> rlimits{};

  // Accounting, in guest instructions and virtual nanoseconds.
  u64 utime_insns = 0;
  u64 stime_insns = 0;
  u64 children_utime_insns = 0;  // of reaped children (times(), getrusage)
  u64 children_stime_insns = 0;
  u64 minor_faults = 0;
  u64 cow_faults = 0;
  u64 start_time_ns = 0;
  u64 xcpu_second = 0;  // RLIMIT_CPU: the CPU second at which SIGXCPU is next due

  // Registers while the process is off the hart.
  std::array<u32, 32> regs{};
  u32 pc = 0;

  u32 mm = 0;  // address space index (Kernel::spaces)
  FdTable fds;

  // Signals (defaults only for now; handlers come with the signals work).
  std::array<SignalAction, kSignalCount> actions{};
  u64 pending = 0;  // bit (sig - 1)
  u64 blocked = 0;
  std::array<SignalInfo, kSignalCount + 1> pending_info{};  // by signal number
  u64 saved_mask = 0;  // rt_sigsuspend: the mask to restore after the handler
  bool has_saved_mask = false;
  u32 exit_signal = 0;  // sent to the parent at exit (SIGCHLD for fork)

  // Job control: what stopped the process, and changes its parent's
  // wait4 has yet to report (WUNTRACED / WCONTINUED).
  u32 stop_signal = 0;
  bool stop_unreported = false;
  bool continue_unreported = false;

  // Exit.
  u32 wait_status = 0;  // the status word wait4 reports
  bool restarting_syscall = false;  // woken from a blocking call: no new enter event
  u32 io_done = 0;  // a blocking pipe write in progress: the bytes already written

  // Fork's return values, as the process tree panel shows them on edges.
  i32 fork_ret_in_parent = 0;
  i32 vfork_parent = 0;  // pid of a parent blocked in vfork, or 0
  bool adopted = false;  // an orphan that init took over

  // Threads (thread.cpp).
  u32 clear_child_tid = 0;  // CLONE_CHILD_CLEARTID / set_tid_address: zeroed and woken at exit
  u32 futex_mm = 0;         // WaitKind::futex: the address space of a private key (0: physical)
  bool futex_woken = false;  // a FUTEX_WAKE ended the wait (the restarted call returns 0)
  // A group leader whose own thread called exit while others still run: it
  // is reported to its parent (as a zombie) only when the last one ends.
  bool awaiting_threads = false;
};

}  // namespace forklab::kernel
