// A tiny RV32IMA encoder for unit tests (the tests must build under wasm,
// where no assembler is available).
#pragma once

#include "base/types.h"

namespace forklab::machine::rv {

enum Reg : u32 {
  zero, ra, sp, gp, tp, t0, t1, t2, s0, s1, a0, a1, a2, a3, a4, a5, a6, a7,
  s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, t3, t4, t5, t6
};

constexpr u32 r_type(u32 f7, u32 rs2, u32 rs1, u32 f3, u32 rd, u32 opc) {
  return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}
constexpr u32 i_type(i32 imm, u32 rs1, u32 f3, u32 rd, u32 opc) {
  return (u32(imm) & 0xFFF) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opc;
}
constexpr u32 s_type(i32 imm, u32 rs2, u32 rs1, u32 f3, u32 opc) {
  u32 u = u32(imm);
  return (u >> 5 & 0x7F) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (u & 0x1F) << 7 | opc;
}
constexpr u32 b_type(i32 imm, u32 rs2, u32 rs1, u32 f3) {
  u32 u = u32(imm);
  return (u >> 12 & 1) << 31 | (u >> 5 & 0x3F) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 |
         (u >> 1 & 0xF) << 8 | (u >> 11 & 1) << 7 | 0x63;
}
constexpr u32 j_type(i32 imm, u32 rd) {
  u32 u = u32(imm);
  return (u >> 20 & 1) << 31 | (u >> 1 & 0x3FF) << 21 | (u >> 11 & 1) << 20 | (u >> 12 & 0xFF) << 12 |
         rd << 7 | 0x6F;
}

constexpr u32 lui(u32 rd, u32 imm20) { return imm20 << 12 | rd << 7 | 0x37; }
constexpr u32 auipc(u32 rd, u32 imm20) { return imm20 << 12 | rd << 7 | 0x17; }
constexpr u32 jal(u32 rd, i32 off) { return j_type(off, rd); }
constexpr u32 jalr(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 0, rd, 0x67); }
constexpr u32 beq(u32 a, u32 b, i32 off) { return b_type(off, b, a, 0); }
constexpr u32 bne(u32 a, u32 b, i32 off) { return b_type(off, b, a, 1); }
constexpr u32 blt(u32 a, u32 b, i32 off) { return b_type(off, b, a, 4); }
constexpr u32 bge(u32 a, u32 b, i32 off) { return b_type(off, b, a, 5); }
constexpr u32 bltu(u32 a, u32 b, i32 off) { return b_type(off, b, a, 6); }
constexpr u32 bgeu(u32 a, u32 b, i32 off) { return b_type(off, b, a, 7); }
constexpr u32 lb(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 0, rd, 0x03); }
constexpr u32 lh(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 1, rd, 0x03); }
constexpr u32 lw(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 2, rd, 0x03); }
constexpr u32 lbu(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 4, rd, 0x03); }
constexpr u32 lhu(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 5, rd, 0x03); }
constexpr u32 sb(u32 rs2, u32 rs1, i32 imm) { return s_type(imm, rs2, rs1, 0, 0x23); }
constexpr u32 sh(u32 rs2, u32 rs1, i32 imm) { return s_type(imm, rs2, rs1, 1, 0x23); }
constexpr u32 sw(u32 rs2, u32 rs1, i32 imm) { return s_type(imm, rs2, rs1, 2, 0x23); }
constexpr u32 addi(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 0, rd, 0x13); }
constexpr u32 slti(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 2, rd, 0x13); }
constexpr u32 sltiu(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 3, rd, 0x13); }
constexpr u32 xori(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 4, rd, 0x13); }
constexpr u32 ori(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 6, rd, 0x13); }
constexpr u32 andi(u32 rd, u32 rs1, i32 imm) { return i_type(imm, rs1, 7, rd, 0x13); }
constexpr u32 slli(u32 rd, u32 rs1, u32 sh) { return r_type(0, sh, rs1, 1, rd, 0x13); }
constexpr u32 srli(u32 rd, u32 rs1, u32 sh) { return r_type(0, sh, rs1, 5, rd, 0x13); }
constexpr u32 srai(u32 rd, u32 rs1, u32 sh) { return r_type(0x20, sh, rs1, 5, rd, 0x13); }
#define FL_RV_OP(name, f7, f3) \
  constexpr u32 name(u32 rd, u32 rs1, u32 rs2) { return r_type(f7, rs2, rs1, f3, rd, 0x33); }
FL_RV_OP(add, 0, 0) FL_RV_OP(sub, 0x20, 0) FL_RV_OP(sll, 0, 1) FL_RV_OP(slt, 0, 2)
FL_RV_OP(sltu, 0, 3) FL_RV_OP(xor_, 0, 4) FL_RV_OP(srl, 0, 5) FL_RV_OP(sra, 0x20, 5)
FL_RV_OP(or_, 0, 6) FL_RV_OP(and_, 0, 7)
FL_RV_OP(mul, 1, 0) FL_RV_OP(mulh, 1, 1) FL_RV_OP(mulhsu, 1, 2) FL_RV_OP(mulhu, 1, 3)
FL_RV_OP(div, 1, 4) FL_RV_OP(divu, 1, 5) FL_RV_OP(rem, 1, 6) FL_RV_OP(remu, 1, 7)
#undef FL_RV_OP
constexpr u32 amo(u32 funct5, u32 rd, u32 rs1, u32 rs2) {
  return r_type(funct5 << 2, rs2, rs1, 2, rd, 0x2F);
}
constexpr u32 lr_w(u32 rd, u32 rs1) { return amo(0x02, rd, rs1, 0); }
constexpr u32 sc_w(u32 rd, u32 rs1, u32 rs2) { return amo(0x03, rd, rs1, rs2); }
constexpr u32 csrrs(u32 rd, u32 csr, u32 rs1) { return i_type(i32(csr), rs1, 2, rd, 0x73); }
constexpr u32 csrrw(u32 rd, u32 csr, u32 rs1) { return i_type(i32(csr), rs1, 1, rd, 0x73); }
constexpr u32 kEcall = 0x00000073, kEbreak = 0x00100073, kFence = 0x0FF0000F, kFenceI = 0x0000100F;
constexpr u32 kNop = 0x00000013;

}  // namespace forklab::machine::rv
