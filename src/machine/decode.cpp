// RV32IMA instruction decoding (RISC-V unprivileged spec, chapter 2, 7, 8 and
// the instruction listings of chapter 34 "RV32/64G Instruction Set Listings").
#include "machine/decode.h"

namespace forklab::machine {
namespace {

u32 bits(u32 word, int hi, int lo) { return (word >> lo) & ((1u << (hi - lo + 1)) - 1); }

i32 imm_i(u32 w) { return i32(w) >> 20; }
i32 imm_s(u32 w) { return (i32(w) >> 25 << 5) | i32(bits(w, 11, 7)); }
i32 imm_b(u32 w) {
  return (i32(w) >> 31 << 12) | i32(bits(w, 7, 7) << 11) | i32(bits(w, 30, 25) << 5) |
         i32(bits(w, 11, 8) << 1);
}
i32 imm_u(u32 w) { return i32(w & 0xFFFFF000u); }
i32 imm_j(u32 w) {
  return (i32(w) >> 31 << 20) | i32(bits(w, 19, 12) << 12) | i32(bits(w, 20, 20) << 11) |
         i32(bits(w, 30, 21) << 1);
}

DecodedInsn make(Op op, u32 w, i32 imm) {
  DecodedInsn d;
  d.op = op;
  u32 rd = bits(w, 11, 7);
  d.rd = rd == 0 ? kScratchReg : u8(rd);
  d.rs1 = u8(bits(w, 19, 15));
  d.rs2 = u8(bits(w, 24, 20));
  d.imm = imm;
  return d;
}

DecodedInsn illegal(u32 w) {
  DecodedInsn d;
  d.imm = i32(w);
  return d;
}

DecodedInsn decode_op(u32 w) {
  u32 f3 = bits(w, 14, 12), f7 = bits(w, 31, 25);
  static constexpr Op base[8] = {Op::add, Op::sll, Op::slt, Op::sltu,
                                 Op::xor_, Op::srl, Op::or_, Op::and_};
  static constexpr Op muldiv[8] = {Op::mul, Op::mulh, Op::mulhsu, Op::mulhu,
                                   Op::div, Op::divu, Op::rem, Op::remu};
  if (f7 == 0) return make(base[f3], w, 0);
  if (f7 == 1) return make(muldiv[f3], w, 0);
  if (f7 == 0x20 && f3 == 0) return make(Op::sub, w, 0);
  if (f7 == 0x20 && f3 == 5) return make(Op::sra, w, 0);
  return illegal(w);
}

DecodedInsn decode_op_imm(u32 w) {
  u32 f3 = bits(w, 14, 12), f7 = bits(w, 31, 25);
  i32 shamt = i32(bits(w, 24, 20));
  switch (f3) {
    case 0: return make(Op::addi, w, imm_i(w));
    case 2: return make(Op::slti, w, imm_i(w));
    case 3: return make(Op::sltiu, w, imm_i(w));
    case 4: return make(Op::xori, w, imm_i(w));
    case 6: return make(Op::ori, w, imm_i(w));
    case 7: return make(Op::andi, w, imm_i(w));
    case 1: return f7 == 0 ? make(Op::slli, w, shamt) : illegal(w);
    default:  // 5
      if (f7 == 0) return make(Op::srli, w, shamt);
      if (f7 == 0x20) return make(Op::srai, w, shamt);
      return illegal(w);
  }
}

DecodedInsn decode_system(u32 w) {
  if (w == 0x00000073) return make(Op::ecall, w, 0);
  if (w == 0x00100073) return make(Op::ebreak, w, 0);
  u32 f3 = bits(w, 14, 12), csr = bits(w, 31, 20), src = bits(w, 19, 15);
  // Only reads of the user counters exist: csrrs/csrrc with rs1 = x0 and
  // csrrsi/csrrci with uimm = 0 (that is what rdcycle & co. assemble to).
  bool read_only = (f3 == 2 || f3 == 3 || f3 == 6 || f3 == 7) && src == 0;
  bool counter = csr == kCsrCycle || csr == kCsrTime || csr == kCsrInstret ||
                 csr == kCsrCycleH || csr == kCsrTimeH || csr == kCsrInstretH;
  if (read_only && counter) return make(Op::csr_read, w, i32(csr));
  return illegal(w);
}

DecodedInsn decode_amo(u32 w) {
  if (bits(w, 14, 12) != 2) return illegal(w);  // only .w on RV32
  switch (bits(w, 31, 27)) {
    case 0x02: return bits(w, 24, 20) == 0 ? make(Op::lr_w, w, 0) : illegal(w);
    case 0x03: return make(Op::sc_w, w, 0);
    case 0x01: return make(Op::amoswap, w, 0);
    case 0x00: return make(Op::amoadd, w, 0);
    case 0x04: return make(Op::amoxor, w, 0);
    case 0x0C: return make(Op::amoand, w, 0);
    case 0x08: return make(Op::amoor, w, 0);
    case 0x10: return make(Op::amomin, w, 0);
    case 0x14: return make(Op::amomax, w, 0);
    case 0x18: return make(Op::amominu, w, 0);
    case 0x1C: return make(Op::amomaxu, w, 0);
    default: return illegal(w);
  }
}

}  // namespace

DecodedInsn decode(u32 w) {
  if ((w & 3) != 3) return illegal(w);  // compressed encodings (no C extension)
  u32 f3 = bits(w, 14, 12);
  switch (bits(w, 6, 0)) {
    case 0x37: return make(Op::lui, w, imm_u(w));
    case 0x17: return make(Op::auipc, w, imm_u(w));
    case 0x6F: return make(Op::jal, w, imm_j(w));
    case 0x67: return f3 == 0 ? make(Op::jalr, w, imm_i(w)) : illegal(w);
    case 0x63: {
      static constexpr Op ops[8] = {Op::beq, Op::bne, Op::illegal, Op::illegal,
                                    Op::blt, Op::bge, Op::bltu, Op::bgeu};
      return ops[f3] == Op::illegal ? illegal(w) : make(ops[f3], w, imm_b(w));
    }
    case 0x03: {
      static constexpr Op ops[8] = {Op::lb, Op::lh, Op::lw, Op::illegal,
                                    Op::lbu, Op::lhu, Op::illegal, Op::illegal};
      return ops[f3] == Op::illegal ? illegal(w) : make(ops[f3], w, imm_i(w));
    }
    case 0x23: {
      static constexpr Op ops[3] = {Op::sb, Op::sh, Op::sw};
      return f3 < 3 ? make(ops[f3], w, imm_s(w)) : illegal(w);
    }
    case 0x13: return decode_op_imm(w);
    case 0x33: return decode_op(w);
    case 0x0F:
      if (f3 == 0) return make(Op::fence, w, 0);
      if (f3 == 1) return make(Op::fence_i, w, 0);
      return illegal(w);
    case 0x73: return decode_system(w);
    case 0x2F: return decode_amo(w);
    default: return illegal(w);
  }
}

const char* op_name(Op op) {
  static constexpr const char* names[] = {
#define FORKLAB_OP_NAME(name) #name,
      FORKLAB_MACHINE_OPS(FORKLAB_OP_NAME)
#undef FORKLAB_OP_NAME
  };
  return u32(op) < u32(Op::count) ? names[u32(op)] : "?";
}

}  // namespace forklab::machine
