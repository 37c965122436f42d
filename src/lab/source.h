// The source-level view of the programs the guest runs (SPEC §4.5, §6.1):
// which line a process is at, its call stack, statement starts for line
// stepping and breakpoints. It reads the debug information our compiler
// writes into each executable (docs/cc.md) and never changes the machine:
// memory is read by walking page tables, without faults or A/D updates.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "cc/debuginfo.h"
#include "kernel/kernel.h"

namespace forklab::lab {

// A process's registers wherever it is: on the hart or saved in its slot.
struct ProcessRegs {
  std::array<u32, 32> x{};
  u32 pc = 0;
};
std::optional<ProcessRegs> process_regs(const kernel::Kernel& k, i32 pid);

// A word of a process's memory, or nullopt where nothing is mapped (a
// page not yet touched reads as unmapped: demand paging has not run).
std::optional<u32> peek_u32(const kernel::Kernel& k, i32 pid, u32 va);

struct SourcePosition {
  std::string file;
  u32 line = 0;
  std::string function;  // empty outside any function with debug info
  u32 statement_pc = 0;  // where the statement holding pc starts
  u32 statement_end = 0; // where the next statement starts
};

// One frame of a call stack, innermost first.
struct StackFrame {
  u32 pc = 0;
  u32 frame_pointer = 0;  // s0: the stack pointer at the function's entry
  u32 return_address = 0;  // where it returns to (0: still in its prologue, not known)
  std::optional<SourcePosition> where;
};

class SourceMap {
 public:
  // The debug information of the program `pid` runs; null for a program
  // without any (clang-built, or compiled with -g0) or a dead process.
  const cc::DebugInfo* debug_info(const kernel::Kernel& k, i32 pid);

  std::optional<SourcePosition> position(const kernel::Kernel& k, i32 pid, u32 pc);
  std::optional<SourcePosition> position(const kernel::Kernel& k, i32 pid);

  // Walks the frame-pointer chain our compiler keeps (ra at s0-4, the
  // caller's s0 at s0-8). Stops at the first frame without debug info.
  std::vector<StackFrame> call_stack(const kernel::Kernel& k, i32 pid, usize max_frames = 64);

  // Whether `pc` is the first instruction of a statement.
  bool is_statement_start(const kernel::Kernel& k, i32 pid, u32 pc);

  // The first instruction of every statement on `line` of `file` in the
  // program `pid` runs. A file matches by its name as compiled or by its
  // last path components ("zombie.c" matches "/home/student/zombie.c").
  std::vector<u32> pcs_for_line(const kernel::Kernel& k, i32 pid, const std::string& file, u32 line);

 private:
  struct Program {
    kernel::InodeId inode = kernel::kNoInode;
    u64 mtime_ns = 0;
    std::optional<cc::DebugInfo> info;
  };
  std::vector<Program> programs_;  // one per executable seen, in order
};

// Whether two file names name the same source: equal, or one is the other
// with leading directories.
bool same_source_file(const std::string& a, const std::string& b);

}  // namespace forklab::lab
