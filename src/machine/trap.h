// Why the hart stopped: run() returns one of these instead of jumping into
// the kernel, so the kernel decides what a trap means (a system call, a COW
// fault, SIGSEGV, SIGILL...).
#pragma once

#include "base/types.h"

namespace forklab::machine {

enum class Access : u8 { load, store, fetch };

enum class TrapKind : u8 {
  budget_exhausted,     // ran the whole budget; pc is the next instruction
  ecall,                // pc is the ecall itself (the kernel adds 4)
  ebreak,               // pc is the ebreak itself
  page_fault,           // Sv32 said no: addr, access
  access_fault,         // translated outside physical memory: addr, access
  misaligned,           // misaligned atomic or jump target: addr, access
  illegal_instruction,  // insn holds the instruction word
};

struct Trap {
  TrapKind kind = TrapKind::budget_exhausted;
  Access access = Access::load;
  u32 pc = 0;    // the instruction that trapped (or the next one, for budget)
  u32 addr = 0;  // faulting virtual address (stval)
  u32 insn = 0;  // instruction word, for illegal_instruction
};

const char* trap_kind_name(TrapKind kind);
const char* access_name(Access access);

}  // namespace forklab::machine
