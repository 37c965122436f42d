// Disassembly in the standard assembler syntax, as `llvm-objdump -d` prints
// it (ABI register names, the usual pseudo-instructions such as li, mv, ret,
// beqz; branch and jump targets as absolute hex addresses).
#pragma once

#include <string>

#include "base/types.h"

namespace forklab::machine {

// "addi\ta0, a0, 1"-style text: mnemonic, a tab, operands. Words that are not
// RV32IMA user instructions print as ".word 0x...".
std::string disassemble(u32 insn, u32 pc);

// ABI name of register x0..x31 ("zero", "ra", "sp", ..., "t6").
const char* reg_name(u32 reg);

}  // namespace forklab::machine
