// The disassembler works from the raw word (not the decoder cache entry) so
// it can show exactly what is in memory, including x0 destinations.
#include "machine/disasm.h"

#include <cstdio>

#include "machine/decode.h"

namespace forklab::machine {

const char* reg_name(u32 reg) {
  static constexpr const char* names[32] = {
      "zero", "ra", "sp", "gp", "tp",  "t0",  "t1", "t2", "s0", "s1", "a0",
      "a1",   "a2", "a3", "a4", "a5",  "a6",  "a7", "s2", "s3", "s4", "s5",
      "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};
  return reg < 32 ? names[reg] : "?";
}

namespace {

struct Fields {
  u32 rd, rs1, rs2;
  i32 imm;
};

std::string fmt(const char* format, auto... args) {
  char buf[96];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}

std::string hex(u32 v) { return fmt("0x%x", v); }

std::string branch(const char* op, const Fields& f, u32 pc) {
  u32 target = pc + u32(f.imm);
  std::string t = hex(target);
  static constexpr struct {
    const char* op;
    const char* zero_rs2;  // rs2 == x0
    const char* zero_rs1;  // rs1 == x0
  } aliases[] = {{"beq", "beqz", nullptr}, {"bne", "bnez", nullptr}, {"blt", "bltz", "bgtz"},
                 {"bge", "bgez", "blez"},  {"bltu", nullptr, nullptr}, {"bgeu", nullptr, nullptr}};
  for (const auto& a : aliases) {
    if (std::string(a.op) != op) continue;
    if (a.zero_rs2 && f.rs2 == 0) return fmt("%s\t%s, %s", a.zero_rs2, reg_name(f.rs1), t.c_str());
    if (a.zero_rs1 && f.rs1 == 0) return fmt("%s\t%s, %s", a.zero_rs1, reg_name(f.rs2), t.c_str());
  }
  return fmt("%s\t%s, %s, %s", op, reg_name(f.rs1), reg_name(f.rs2), t.c_str());
}

std::string op_imm(Op op, const Fields& f) {
  const char *rd = reg_name(f.rd), *rs = reg_name(f.rs1);
  switch (op) {
    case Op::addi:
      if (f.rd == 0 && f.rs1 == 0 && f.imm == 0) return "nop";
      if (f.rs1 == 0) return fmt("li\t%s, %d", rd, f.imm);
      if (f.imm == 0) return fmt("mv\t%s, %s", rd, rs);
      return fmt("addi\t%s, %s, %d", rd, rs, f.imm);
    case Op::sltiu:
      if (f.imm == 1) return fmt("seqz\t%s, %s", rd, rs);
      return fmt("sltiu\t%s, %s, %d", rd, rs, f.imm);
    case Op::xori:
      if (f.imm == -1) return fmt("not\t%s, %s", rd, rs);
      return fmt("xori\t%s, %s, %d", rd, rs, f.imm);
    default: {
      const char* name = op == Op::slti   ? "slti"
                         : op == Op::ori  ? "ori"
                         : op == Op::andi ? "andi"
                         : op == Op::slli ? "slli"
                         : op == Op::srli ? "srli"
                                          : "srai";
      return fmt("%s\t%s, %s, %d", name, rd, rs, f.imm);
    }
  }
}

std::string op_reg(Op op, const Fields& f) {
  const char *rd = reg_name(f.rd), *a = reg_name(f.rs1), *b = reg_name(f.rs2);
  if (op == Op::sub && f.rs1 == 0) return fmt("neg\t%s, %s", rd, b);
  if (op == Op::sltu && f.rs1 == 0) return fmt("snez\t%s, %s", rd, b);
  if (op == Op::slt && f.rs2 == 0) return fmt("sltz\t%s, %s", rd, a);
  if (op == Op::slt && f.rs1 == 0) return fmt("sgtz\t%s, %s", rd, b);
  std::string name = op_name(op);
  if (name.back() == '_') name.pop_back();  // xor_, or_, and_
  return fmt("%s\t%s, %s, %s", name.c_str(), rd, a, b);
}

std::string jump(Op op, const Fields& f, u32 pc) {
  if (op == Op::jal) {
    std::string t = hex(pc + u32(f.imm));
    if (f.rd == 0) return "j\t" + t;
    if (f.rd == 1) return "jal\t" + t;
    return fmt("jal\t%s, %s", reg_name(f.rd), t.c_str());
  }
  const char* rs = reg_name(f.rs1);
  if (f.rd == 0 && f.rs1 == 1 && f.imm == 0) return "ret";
  if (f.rd == 0) return f.imm == 0 ? fmt("jr\t%s", rs) : fmt("jr\t%d(%s)", f.imm, rs);
  if (f.rd == 1) return f.imm == 0 ? fmt("jalr\t%s", rs) : fmt("jalr\t%d(%s)", f.imm, rs);
  return fmt("jalr\t%s, %d(%s)", reg_name(f.rd), f.imm, rs);
}

std::string fence_set(u32 bits4) {
  std::string s;
  if (bits4 & 8) s += 'i';
  if (bits4 & 4) s += 'o';
  if (bits4 & 2) s += 'r';
  if (bits4 & 1) s += 'w';
  return s;
}

std::string atomic(Op op, u32 insn, const Fields& f) {
  static constexpr const char* suffixes[4] = {"", ".rl", ".aq", ".aqrl"};
  const char* order = suffixes[(insn >> 25) & 3];
  std::string name;
  switch (op) {
    case Op::lr_w: return fmt("lr.w%s\t%s, (%s)", order, reg_name(f.rd), reg_name(f.rs1));
    case Op::sc_w: name = "sc"; break;
    default: name = op_name(op); break;
  }
  return fmt("%s.w%s\t%s, %s, (%s)", name.c_str(), order, reg_name(f.rd), reg_name(f.rs2),
             reg_name(f.rs1));
}

std::string counter(u32 csr, u32 rd) {
  const char* name = csr == kCsrCycle      ? "rdcycle"
                     : csr == kCsrTime     ? "rdtime"
                     : csr == kCsrInstret  ? "rdinstret"
                     : csr == kCsrCycleH   ? "rdcycleh"
                     : csr == kCsrTimeH    ? "rdtimeh"
                                           : "rdinstreth";
  return fmt("%s\t%s", name, reg_name(rd));
}

}  // namespace

std::string disassemble(u32 insn, u32 pc) {
  DecodedInsn d = decode(insn);
  Fields f{(insn >> 7) & 31, (insn >> 15) & 31, (insn >> 20) & 31, d.imm};
  const char* rd = reg_name(f.rd);
  switch (d.op) {
    case Op::illegal:
    case Op::page_end: return fmt(".word\t0x%08x", insn);
    case Op::lui:
    case Op::auipc:
      return fmt("%s\t%s, %u", d.op == Op::lui ? "lui" : "auipc", rd, u32(f.imm) >> 12);
    case Op::jal:
    case Op::jalr: return jump(d.op, f, pc);
    case Op::beq:
    case Op::bne:
    case Op::blt:
    case Op::bge:
    case Op::bltu:
    case Op::bgeu: return branch(op_name(d.op), f, pc);
    case Op::lb:
    case Op::lh:
    case Op::lw:
    case Op::lbu:
    case Op::lhu: return fmt("%s\t%s, %d(%s)", op_name(d.op), rd, f.imm, reg_name(f.rs1));
    case Op::sb:
    case Op::sh:
    case Op::sw:
      return fmt("%s\t%s, %d(%s)", op_name(d.op), reg_name(f.rs2), f.imm, reg_name(f.rs1));
    case Op::addi:
    case Op::slti:
    case Op::sltiu:
    case Op::xori:
    case Op::ori:
    case Op::andi:
    case Op::slli:
    case Op::srli:
    case Op::srai: return op_imm(d.op, f);
    case Op::fence: {
      u32 pred = (insn >> 24) & 15, succ = (insn >> 20) & 15;
      if (pred == 15 && succ == 15) return "fence";
      return "fence\t" + fence_set(pred) + ", " + fence_set(succ);
    }
    case Op::fence_i: return "fence.i";
    case Op::ecall: return "ecall";
    case Op::ebreak: return "ebreak";
    case Op::csr_read: return counter(u32(d.imm), f.rd);
    case Op::lr_w:
    case Op::sc_w:
    case Op::amoswap:
    case Op::amoadd:
    case Op::amoxor:
    case Op::amoand:
    case Op::amoor:
    case Op::amomin:
    case Op::amomax:
    case Op::amominu:
    case Op::amomaxu: return atomic(d.op, insn, f);
    default: return op_reg(d.op, f);
  }
}

}  // namespace forklab::machine
