// Instruction decoding for the interpreter's decoder cache.
//
// A 32-bit RV32IMA instruction word becomes a DecodedInsn: an operation number
// plus register indices and a sign-extended immediate, so the hot loop never
// looks at encoding fields again. Writes to x0 are redirected to a scratch
// register (index kScratchReg) so no handler needs an `rd != 0` test.
#pragma once

#include "base/types.h"

namespace forklab::machine {

// Every operation the interpreter knows. The order is the dispatch order
// (hart.cpp builds its jump table from this list).
#define FORKLAB_MACHINE_OPS(X)                                                  \
  X(illegal) X(page_end) X(lui) X(auipc) X(jal) X(jalr)                         \
  X(beq) X(bne) X(blt) X(bge) X(bltu) X(bgeu)                                   \
  X(lb) X(lh) X(lw) X(lbu) X(lhu) X(sb) X(sh) X(sw)                             \
  X(addi) X(slti) X(sltiu) X(xori) X(ori) X(andi) X(slli) X(srli) X(srai)       \
  X(add) X(sub) X(sll) X(slt) X(sltu) X(xor_) X(srl) X(sra) X(or_) X(and_)      \
  X(mul) X(mulh) X(mulhsu) X(mulhu) X(div) X(divu) X(rem) X(remu)               \
  X(fence) X(fence_i) X(ecall) X(ebreak) X(csr_read)                            \
  X(lr_w) X(sc_w) X(amoswap) X(amoadd) X(amoxor) X(amoand) X(amoor)             \
  X(amomin) X(amomax) X(amominu) X(amomaxu)

enum class Op : u8 {
#define FORKLAB_OP_ENUM(name) name,
  FORKLAB_MACHINE_OPS(FORKLAB_OP_ENUM)
#undef FORKLAB_OP_ENUM
      count
};

constexpr u8 kScratchReg = 32;  // where writes to x0 go; never read

struct DecodedInsn {
  Op op = Op::illegal;
  u8 rd = kScratchReg;
  u8 rs1 = 0;
  u8 rs2 = 0;
  // Sign-extended immediate; for `illegal` the raw instruction word; for
  // `csr_read` the CSR number.
  i32 imm = 0;
};
static_assert(sizeof(DecodedInsn) == 8, "the decoder cache relies on 8-byte entries");

// Decode one instruction word. Anything outside RV32IMA user mode
// (compressed, floating point, privileged, reserved encodings) is `illegal`.
DecodedInsn decode(u32 word);

// Name of an operation, for diagnostics and tests.
const char* op_name(Op op);

// Counter CSRs readable from user mode (Zicntr).
constexpr u32 kCsrCycle = 0xC00, kCsrTime = 0xC01, kCsrInstret = 0xC02;
constexpr u32 kCsrCycleH = 0xC80, kCsrTimeH = 0xC81, kCsrInstretH = 0xC82;

}  // namespace forklab::machine
