// The ForkLab kernel (SPEC §4): host C++ that runs whenever the hart traps.
//
// It models a small Linux: a process table, fork with copy-on-write over Sv32,
// exec of ELF32 files from a ramfs, exit/wait, pipes, a console tty, a
// virtual clock, and a scheduler whose decisions depend only on guest
// instruction counts and the seed. Every decision is an event in `events`.
//
// Layout of the code (one concern per file, like xv6):
//   kernel.cpp   boot, the run loop, traps, scheduling, the virtual clock
//   mm.cpp       address spaces, page faults, copy-on-write, brk, mmap
//   fork.cpp     clone/fork        exec.cpp   execve
//   exit.cpp     exit, zombies, reparenting, wait4/waitid, kill
//   fs.cpp       file system calls  syscall.cpp  the dispatch table
#pragma once

#include <array>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/types.h"
#include "kernel/event.h"
#include "kernel/file.h"
#include "kernel/kresult.h"
#include "kernel/pipe.h"
#include "kernel/process.h"
#include "kernel/ramfs.h"
#include "kernel/tty.h"
#include "machine/machine.h"

namespace forklab::kernel {

enum class SchedPolicy : u8 { rr, random, child_first, parent_first, manual };
const char* sched_policy_name(SchedPolicy policy);
bool parse_sched_policy(std::string_view name, SchedPolicy* out);

struct KernelConfig {
  u32 memory_bytes = 64u << 20;
  u32 max_processes = 64;  // like Linux 0.11's task[64]; at most 4096
  SchedPolicy policy = SchedPolicy::rr;
  u64 seed = 1;
  bool cow = true;                 // false: fork copies every page at once
  u64 slice_insns = 100000;        // a time slice (1 ms of virtual time)
  usize event_capacity = EventLog::kDefaultCapacity;
  u64 ramfs_quota = kDefaultRamfsQuota;
  // Run the invariant checker after a trap once this many events have
  // happened since the last check (1: after every kernel entry; 0: never
  // on its own). Tests use 1; release builds a larger interval.
#ifdef NDEBUG
  u64 invariant_interval = 4096;
#else
  u64 invariant_interval = 1;
#endif
};

constexpr u64 kNsPerInsn = 10;  // the virtual hart runs at 100 MIPS
constexpr i32 kPidMax = 32768;  // pids wrap here (Linux's default pid_max)
constexpr u32 kMaxProcessesLimit = 4096;
constexpr u32 kPidHintSize = 4096;

// Guest address-space layout (Sv32 user half: below 0x80000000).
constexpr u32 kUserTop = 0x80000000u;
constexpr u32 kStackTop = 0x7FFF0000u;
constexpr u32 kStackMaxBytes = 8u << 20;  // RLIMIT_STACK's default
constexpr u32 kMmapTop = kStackTop - kStackMaxBytes - 0x10000u;
constexpr u32 kSigTrampoline = 0x7FFFF000u;  // the page signal handlers return through

enum class RegionKind : u8 { text, data, heap, stack, mmap, vdso };
const char* region_kind_name(RegionKind kind);

// A range of virtual addresses with one protection (a Linux VMA). Pages in
// it are mapped on first touch (demand paging) unless exec loaded them.
struct Region {
  u32 start = 0;  // page aligned
  u32 end = 0;    // exclusive, page aligned
  u32 prot = 0;   // machine::kPteR | kPteW | kPteX
  RegionKind kind = RegionKind::data;
  bool shared = false;  // MAP_SHARED: stays shared across fork
  // A mapping of a ramfs file: pages are filled from its bytes at
  // `file_offset` + (va - start) on first touch; MAP_SHARED pages are
  // written back to it at munmap and when the address space goes. Each
  // region holds one open reference on the inode.
  InodeId inode = kNoInode;
  u32 file_offset = 0;
};

struct AddressSpace {
  bool live = false;
  u32 root_frame = 0;
  std::vector<Region> regions;  // sorted by start, never overlapping
  u32 brk_start = 0;
  u32 brk = 0;
  u32 users = 0;  // processes using it (vfork and threads share one)
  // The executable it was loaded from, for the lab's source view (debug
  // information): the inode and its modification time at exec.
  InodeId exe = kNoInode;
  u64 exe_mtime_ns = 0;
};

// Why run() returned.
enum class RunStop : u8 {
  budget,       // the instruction budget is spent
  top_exited,   // the process being watched (the CLI's program) exited
  all_exited,   // no process is left
  deadlock,     // every process sleeps and no timer can wake one
  manual_pick,  // the manual scheduler needs the student to pick
  time_limit,   // virtual time reached Kernel::time_limit_ns
  input_wait,   // nothing can run until someone types at the console
  stopped,      // Kernel::stop_requested was set (a step reached its event)
  breakpoint,   // (lab) a process reached a line with a breakpoint
};

struct Kernel {
  explicit Kernel(const KernelConfig& config = {});

  KernelConfig config;
  machine::Machine m;
  Ramfs fs;
  EventLog events;

  std::vector<Process> procs;  // the process table: one slot per possible process
  i32 last_pid = 0;
  std::vector<AddressSpace> spaces;
  std::vector<OpenFile> files;
  std::vector<Pipe> pipes;

  // Scheduling.
  i32 current = 0;               // pid on the hart, 0 if none
  std::deque<i32> run_queue;     // runnable pids waiting for the hart, in order
  u64 slice_left = 0;
  u64 rng_state = 0;
  i32 manual_next = 0;           // manual policy: the student's pick
  u64 clock_offset_ns = 0;       // virtual time added by idle jumps
  u32 loaded_satp = 0;

  // The console: bytes typed (CLI stdin or the terminal panel) and where
  // output goes. Every chunk of output carries the pid that wrote it.
  // On a tty, typed bytes go through the line discipline in `tty`; on a
  // plain stream they wait in console_input.
  Tty tty;
  std::string console_input;
  // Whether fds 0, 1, 2 of init are the tty, or plain streams (as when the
  // CLI's own stdin or stdout is a file or a pipe: isatty() says no, and
  // stdio buffers fully, as it would on Linux).
  std::array<bool, 3> console_is_tty{true, true, true};
  // The session whose controlling terminal is the console: init's at boot,
  // then that of the first session leader that has the console as stdin.
  i32 console_sid = 1;
  bool console_input_closed = false;
  // `stream` is the host stream the console file stands for (1 stdout, 2 stderr).
  std::function<void(i32 pid, int stream, std::string_view bytes)> on_output;
  // Called for every event as it happens (the CLI's --trace streams them).
  std::function<void(const Event&)> on_event;

  u32 trampoline_frame = 0;  // the kernel's own reference to the trampoline page

  // What the invariant checker found (a ForkLab bug, never the guest's).
  std::vector<std::string> invariant_violations;
  u64 events_at_last_check = 0;

  u64 time_limit_ns = 0;  // run() stops at this virtual time (0: no limit)
  bool stop_requested = false;  // run() returns (RunStop::stopped) after the current trap

  i32 watched_pid = 0;  // run() stops when this process exits
  i32 watched_status = -1;

  // Fast paths, so that a full table of 4096 processes does not make every
  // trap scan it (SPEC §10). The invariant checker verifies the first two.
  u32 live_processes = 0;       // live slots, kept by claim_slot/release_slot
  u64 next_timer_ns = ~0ull;    // no timer is due before this: whoever sets
                                // alarm_ns or a timer sleep calls note_timer
  std::vector<u16> pid_slot_hint = std::vector<u16>(kPidHintSize, 0);  // a pid's
                                // likely slot (pid % size), checked before use
};

// ---- Boot and run ------------------------------------------------------------

// Creates pid 1 from an executable in the ramfs (normally /bin/init).
KResult<i32> spawn_init(Kernel& k, std::string_view path, const std::vector<std::string>& argv,
                        const std::vector<std::string>& envp);
// Runs up to `budget` guest instructions (all processes together).
RunStop run(Kernel& k, u64 budget);

// Checks the kernel's invariants now, adding what fails to
// Kernel::invariant_violations.
void run_invariant_checker(Kernel& k);

// The virtual clock.
u64 now_ns(const Kernel& k);

// ---- Lookups -------------------------------------------------------------------

Process* find_process(Kernel& k, i32 pid);
const Process* find_process(const Kernel& k, i32 pid);
usize live_process_count(const Kernel& k);
// A free slot becomes a new live process (all fields at their defaults), and
// a live one is freed again; these keep Kernel::live_processes.
Process& claim_slot(Kernel& k, usize slot);
void release_slot(Kernel& k, Process& p);
// A timer (alarm or timed sleep) was set to go off at `due_ns`.
void note_timer(Kernel& k, u64 due_ns);

// ---- Events ----------------------------------------------------------------------

const Event& emit(Kernel& k, EventKind kind, i32 pid, std::initializer_list<u32> fields,
                  std::string_view text = {});

// ---- Scheduling and sleeping (kernel.cpp) ----------------------------------------

void make_runnable(Kernel& k, Process& p, bool at_front = false);
void remove_from_queue(Kernel& k, i32 pid);
void sleep_on(Kernel& k, Process& p, WaitChannel channel);
void wake_all(Kernel& k, WaitChannel channel);

// ---- Memory (mm.cpp) ---------------------------------------------------------------

KResult<u32> create_address_space(Kernel& k);
void release_address_space(Kernel& k, u32 mm);
// Copies an address space for fork: COW-shares private writable pages (or
// copies them with config.cow off), shares text and MAP_SHARED pages.
// Returns the new space and how many pages were shared (for cow_share).
struct ForkedSpace {
  u32 mm = 0;
  u32 shared_pages = 0;
};
KResult<ForkedSpace> fork_address_space(Kernel& k, u32 parent_mm);
// A trap on `va`: demand-zero fill, copy-on-write, or false for SIGSEGV.
// May run the OOM killer; returns false also when `p` itself was killed.
bool handle_page_fault(Kernel& k, Process& p, u32 va, machine::Access access);
KResult<void> add_region(Kernel& k, u32 mm, Region region);
void unmap_range(Kernel& k, u32 mm, u32 start, u32 end);
// mprotect: gives [start, end) the protection `prot` (kPteR|W|X); ENOMEM
// when part of it is not mapped.
KResult<void> protect_range(Kernel& k, u32 mm, u32 start, u32 end, u32 prot);
const Region* find_region(const AddressSpace& space, u32 va);
// Copies between guest memory of the current address space and the kernel,
// taking faults (and COW) like the guest would: EFAULT on a bad pointer.
KResult<void> copy_in(Kernel& k, Process& p, u32 va, std::span<u8> out);
KResult<void> copy_out(Kernel& k, Process& p, u32 va, std::span<const u8> in);
KResult<std::string> copy_in_string(Kernel& k, Process& p, u32 va, u32 max_len);
// Frames a process holds (its resident pages; the OOM score).
u32 resident_pages(const Kernel& k, const AddressSpace& space);
// Allocates a frame, running the OOM killer when memory is full.
std::optional<u32> alloc_frame_or_reclaim(Kernel& k, Process& for_whom);
// Makes `mm` the hart's address space.
void load_address_space(Kernel& k, u32 mm);

// ---- Process lifetime (fork.cpp, exec.cpp, exit.cpp) ------------------------------

// clone(flags, stack, parent_tid, tls, child_tid): RISC-V's argument order.
i32 sys_clone(Kernel& k, Process& parent, u32 flags, u32 stack, u32 parent_tid = 0, u32 tls = 0,
              u32 child_tid = 0);
// vfork: the child execs or ends, so its parent may go on (a wake event).
void release_vfork_parent(Kernel& k, Process& child);
// Replaces the process image; on success the process continues at the new
// entry point and the return value is not written.
KResult<void> do_execve(Kernel& k, Process& p, std::string path, std::vector<std::string> argv,
                        std::vector<std::string> envp);
// Ends the process, all its threads (exit_group, a fatal signal): status
// is the wait status word.
void exit_process(Kernel& k, Process& p, u32 wait_status);
// Ends one thread (exit); the last thread to end ends the process.
void exit_thread(Kernel& k, Process& p, u32 wait_status);
// execve from a thread: the other threads end and the caller becomes the
// process (taking the leader's pid if it was not the leader).
void end_other_threads_for_exec(Kernel& k, Process& p);

// ---- Resource limits (limits.cpp) --------------------------------------------------

void set_default_rlimits(Process& p, u32 max_processes);
// RLIMIT_CPU: SIGXCPU past the soft limit, SIGKILL at the hard one.
void check_cpu_limit(Kernel& k, Process& p);
// RLIMIT_AS: would `extra` more mapped bytes exceed p's limit?
bool exceeds_address_space_limit(const Kernel& k, const Process& p, u64 extra);

// ---- Threads (thread.cpp) ----------------------------------------------------------

bool is_group_leader(const Process& p);
Process* group_leader(Kernel& k, const Process& p);
// Who receives a signal sent to the process of `t`: t itself, or another
// of its threads when t is a leader whose own thread has ended.
Process& signal_target(Kernel& k, Process& t);
// Threads of group `tgid` that have not ended.
usize live_threads(const Kernel& k, i32 tgid);
// Copies what the threads of p's group share (fds, cwd, handlers, ids,
// rlimits) from p to the others, after p changed it.
void sync_thread_group(Kernel& k, Process& p);
// The CPU time of p's whole thread group, in instructions.
void group_times(const Kernel& k, const Process& p, u64* utime, u64* stime);
// Wakes up to `count` waiters on the futex word at `va`; returns how many.
u32 futex_wake(Kernel& k, Process& p, u32 va, u32 count);
// At a thread's end: zero its CLONE_CHILD_CLEARTID word and wake a waiter.
void clear_child_tid(Kernel& k, Process& p);
// Sends a signal; `from_pid` is the sender (0: the kernel). `info` fills
// the siginfo a handler sees (the default is SI_USER from from_pid, or
// SI_KERNEL).
void send_signal(Kernel& k, Process& target, int sig, i32 from_pid,
                 const SignalInfo* info = nullptr);
// Acts on pending signals before the process returns to user mode.
void deliver_signals(Kernel& k, Process& p);

// ---- System calls (syscall.cpp) --------------------------------------------------

// Handles the ecall of the current process.
void handle_syscall(Kernel& k, Process& p);
const char* syscall_name(u32 nr);

// Opens an inode as an open file description, returning an fd.
KResult<int> install_file(Kernel& k, Process& p, OpenFile file, bool cloexec, int min_fd = 0);
void close_fd(Kernel& k, Process& p, int fd);
void release_file(Kernel& k, FileId id);
FileId new_file(Kernel& k, OpenFile file);

}  // namespace forklab::kernel
