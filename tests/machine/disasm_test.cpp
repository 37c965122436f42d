// The disassembler prints what llvm-objdump prints (checked against it at
// test time in the differential suite; these are fixed known strings).
#include <doctest/doctest.h>

#include "machine/disasm.h"
#include "rv32_asm.h"

using namespace forklab;
using namespace forklab::machine;
using namespace forklab::machine::rv;

TEST_CASE("disassembly matches objdump's text, pseudo-instructions included") {
  struct Case {
    u32 word, pc;
    const char* text;
  } cases[] = {
      {0x00150513, 0, "addi\ta0, a0, 1"},
      {0xffb00513, 4, "li\ta0, -5"},
      {0x00c58533, 8, "add\ta0, a1, a2"},
      {0x00050063, 0xc, "beqz\ta0, 0xc"},
      {0x00b51063, 0x10, "bne\ta0, a1, 0x10"},
      {0x000000ef, 0x14, "jal\t0x14"},
      {0x00008067, 0x18, "ret"},
      {0x12345537, 0x1c, "lui\ta0, 74565"},
      {0x00000597, 0x20, "auipc\ta1, 0"},
      {0xffc12503, 0x24, "lw\ta0, -4(sp)"},
      {0x00a12423, 0x28, "sw\ta0, 8(sp)"},
      {0xc0002573, 0x2c, "rdcycle\ta0"},
      {0xc8202573, 0x30, "rdinstreth\ta0"},
      {0x1005a52f, 0x34, "lr.w\ta0, (a1)"},
      {0x1ec5a52f, 0x38, "sc.w.aqrl\ta0, a2, (a1)"},
      {0x00c5a52f, 0x3c, "amoadd.w\ta0, a2, (a1)"},
      {0x0ff0000f, 0x40, "fence"},
      {0x0000100f, 0x44, "fence.i"},
      {0x00000073, 0x48, "ecall"},
      {0x00100073, 0x4c, "ebreak"},
      {0x00351513, 0x50, "slli\ta0, a0, 3"},
      {0x40355513, 0x54, "srai\ta0, a0, 3"},
      {0x40a00533, 0x58, "neg\ta0, a0"},
      {0x00153513, 0x5c, "seqz\ta0, a0"},
      {0xfff54513, 0x60, "not\ta0, a0"},
      {0x02c5a533, 0x64, "mulhsu\ta0, a1, a2"},
      {0x004500e7, 0x68, "jalr\t4(a0)"},
      {0x00a5c063, 0x6c, "blt\ta1, a0, 0x6c"},
      {0x00a05063, 0x70, "blez\ta0, 0x70"},
      {0x00000013, 0, "nop"},
      {addi(a0, a1, 0), 0, "mv\ta0, a1"},
      {jal(zero, -8), 0x100, "j\t0xf8"},
      {jal(a0, 16), 0x100, "jal\ta0, 0x110"},
      {jalr(zero, a5, 0), 0, "jr\ta5"},
      {jalr(ra, a5, 0), 0, "jalr\ta5"},
      {jalr(t0, a5, -4), 0, "jalr\tt0, -4(a5)"},
      {sltu(a0, zero, a1), 0, "snez\ta0, a1"},
      {xor_(s0, s1, t6), 0, "xor\ts0, s1, t6"},
      {remu(a0, a1, a2), 0, "remu\ta0, a1, a2"},
      {lbu(s11, gp, 2047), 0, "lbu\ts11, 2047(gp)"},
      {sb(t3, tp, -2048), 0, "sb\tt3, -2048(tp)"},
      {amo(0x1C, a0, a1, a2), 0, "amomaxu.w\ta0, a2, (a1)"},
      {0x0000000f | (0x3 << 24) | (0x1 << 20), 0, "fence\trw, w"},
      {0x00000000, 0, ".word\t0x00000000"},
      {0x00002007, 0, ".word\t0x00002007"},
      {0xc0003573, 0, "csrrc\ta0, cycle, zero"},
      {0xc01025f3, 0, "rdtime\ta1"},
      {0x0005a533, 0, "sltz\ta0, a1"},
      {0x00b02533, 0, "sgtz\ta0, a1"},
      {0x00055063, 0, "bgez\ta0, 0x0"},
      {0x00a04063, 0, "bgtz\ta0, 0x0"},
      {0x00054063, 0, "bltz\ta0, 0x0"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    CHECK(disassemble(c.word, c.pc) == c.text);
  }
}

TEST_CASE("register names are the ABI names") {
  CHECK(std::string(reg_name(0)) == "zero");
  CHECK(std::string(reg_name(8)) == "s0");
  CHECK(std::string(reg_name(31)) == "t6");
}
