// Snapshots: immutable copies of what the kernel knows, made for the UI's
// panels and the JS API (SPEC §2: "the UI never reaches into kernel
// structures"). Each is plain data, cheap enough to take every frame.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "kernel/kernel.h"

namespace forklab::lab {

struct ProcessRow {
  i32 pid = 0, ppid = 0, pgid = 0, sid = 0;
  i32 tgid = 0;             // the process a thread belongs to (== pid for a process or leader)
  u32 slot = 0;
  char state = '?';         // R S D T Z, as ps shows it
  std::string wchan;        // what a sleeping process waits for, "-" otherwise
  i32 nice = 0;
  u64 utime_insns = 0, stime_insns = 0;
  u64 start_time_ns = 0;
  u32 resident_pages = 0;
  u32 shared_pages = 0;   // mapped frames another address space maps too
  u32 cow_pages = 0;      // marked copy-on-write
  u64 minor_faults = 0, cow_faults = 0;
  std::string name;       // comm
  std::string command;    // argv joined with spaces ("[name] <defunct>" for a zombie)
  i32 fork_return = 0;    // what fork() returned to the parent (the pid); the child got 0
  bool adopted = false;   // reparented to init
  bool on_hart = false;
};

struct ProcessTable {
  u64 instret = 0;
  u64 time_ns = 0;
  u32 slots = 0;  // the table's size (--nproc)
  std::vector<ProcessRow> rows;  // by pid
};

// With `owners`, also fills in which processes map each frame, from the
// same walk of the page tables (the memory panel's sharers and frame map).
struct FrameOwners;
ProcessTable snapshot_processes(const kernel::Kernel& k, FrameOwners* owners = nullptr);

struct PageRow {
  u32 vaddr = 0;
  u32 pte = 0;         // the Sv32 entry as it is in memory
  u32 frame = 0;
  u32 refcount = 0;    // how many mappings share the frame
  bool cow = false;
};

struct AddressSpaceView {
  i32 pid = 0;
  u32 root_frame = 0;
  u32 brk = 0;
  std::vector<kernel::Region> regions;
  std::vector<PageRow> pages;  // every present page, by address
};

// The address space of `pid` (empty for a zombie or an unknown pid).
AddressSpaceView snapshot_memory(const kernel::Kernel& k, i32 pid);

struct FdRow {
  int fd = 0;
  u32 description = 0;  // which open file description (shared ones share this)
  std::string kind;     // "file", "pipe (read)", "pipe (write)", "tty", ...
  std::string path;
  u64 offset = 0;
  u32 flags = 0;
  bool cloexec = false;
  u32 sharers = 0;      // fds in all processes pointing at the description
};

std::vector<FdRow> snapshot_fds(const kernel::Kernel& k, i32 pid);

// Which processes map each physical frame: the memory panel's sharers and
// its physical frame map.
struct FrameOwners {
  std::vector<std::vector<i32>> by_frame;  // pids mapping each frame (empty: free or the kernel's)
  u32 free_frames = 0;
};

FrameOwners snapshot_frame_owners(const kernel::Kernel& k);

struct SignalView {
  i32 pid = 0;
  u64 pending = 0;  // bit (sig - 1)
  u64 blocked = 0;
  std::array<u32, kernel::kSignalCount> handler{};  // ABI_SIG_DFL, ABI_SIG_IGN or an address, by sig - 1
  std::array<u32, kernel::kSignalCount> flags{};
};

SignalView snapshot_signals(const kernel::Kernel& k, i32 pid);

// "SIGINT" for 2, "SIGRTMIN+3" for 35; "" when `sig` is not a signal number.
std::string signal_name(int sig);

// The registers of a process and the code around its pc.
struct CpuView {
  i32 pid = 0;
  bool valid = false;  // false for a zombie or an unknown pid
  u32 pc = 0;
  std::array<u32, 32> regs{};
  struct CodeLine {
    u32 pc = 0;
    u32 insn = 0;
    bool mapped = false;  // the page is present (untouched pages are not read)
    std::string text;     // disassembly
  };
  std::vector<CodeLine> code;
  bool at_ecall = false;  // the instruction at pc is ecall: a7 says which syscall
  std::string syscall;    // its name then
};

CpuView snapshot_cpu(const kernel::Kernel& k, i32 pid, int lines_before = 6, int lines_after = 10);

}  // namespace forklab::lab

namespace forklab::lab {

// The process table as JSON, for the JS API's query("processes"):
// {"instret":N,"time_ns":N,"slots":N,"processes":[{"pid":..,"ppid":..,"state":"S",...}]}
std::string process_table_json(const ProcessTable& table);

}  // namespace forklab::lab
