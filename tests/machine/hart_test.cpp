// Instruction semantics of the interpreter (RV32I, M, A, Zicntr), one
// behaviour per test case.
#include <doctest/doctest.h>

#include "machine/machine.h"
#include "rv32_asm.h"
#include "sandbox.h"

using namespace forklab;
using namespace forklab::machine;
using namespace forklab::machine::rv;

namespace {

// a0 = insn(a1, a2)
u32 binary(u32 insn, u32 a, u32 b) {
  Sandbox s;
  s.x(a1) = a;
  s.x(a2) = b;
  Trap t = s.exec({insn, kEbreak});
  REQUIRE(t.kind == TrapKind::ebreak);
  return s.x(a0);
}
u32 rr(u32 (*op)(u32, u32, u32), u32 a, u32 b) { return binary(op(a0, a1, a2), a, b); }
u32 ri(u32 (*op)(u32, u32, i32), u32 a, i32 imm) { return binary(op(a0, a1, imm), a, 0); }
u32 sh_imm(u32 (*op)(u32, u32, u32), u32 a, u32 shamt) { return binary(op(a0, a1, shamt), a, 0); }

constexpr u32 kIntMin = 0x80000000u;

}  // namespace

TEST_CASE("add, sub and logic ops wrap and combine bits") {
  CHECK(rr(add, 0xFFFFFFFF, 2) == 1);
  CHECK(rr(sub, 1, 2) == 0xFFFFFFFF);
  CHECK(rr(xor_, 0xF0F0, 0xFF00) == 0x0FF0);
  CHECK(rr(or_, 0xF0F0, 0xFF00) == 0xFFF0);
  CHECK(rr(and_, 0xF0F0, 0xFF00) == 0xF000);
}

TEST_CASE("register shifts use only the low five bits of rs2") {
  CHECK(rr(sll, 1, 33) == 2);
  CHECK(rr(srl, 0x80000000u, 35) == 0x10000000u);
  CHECK(rr(sra, 0x80000000u, 36) == 0xF8000000u);
  CHECK(rr(sll, 1, 32) == 1);
  CHECK(sh_imm(slli, 1, 31) == 0x80000000u);
  CHECK(sh_imm(srli, 0x80000000u, 31) == 1);
  CHECK(sh_imm(srai, 0x80000000u, 31) == 0xFFFFFFFFu);
}

TEST_CASE("set-less-than compares signed and unsigned") {
  CHECK(rr(slt, 0xFFFFFFFF, 0) == 1);
  CHECK(rr(sltu, 0xFFFFFFFF, 0) == 0);
  CHECK(ri(slti, 0xFFFFFFFE, -1) == 1);
  CHECK(ri(sltiu, 5, -1) == 1);  // the immediate is sign-extended, then compared unsigned
  CHECK(ri(sltiu, 0, 1) == 1);
}

TEST_CASE("immediates are sign-extended") {
  CHECK(ri(addi, 0, -2048) == 0xFFFFF800u);
  CHECK(ri(xori, 0x0F, -1) == 0xFFFFFFF0u);
  CHECK(ri(ori, 0, -1) == 0xFFFFFFFFu);
  CHECK(ri(andi, 0x12345678, -16) == 0x12345670u);
}

TEST_CASE("lui and auipc build upper immediates") {
  Sandbox s;
  s.exec({lui(a0, 0xFFFFF), auipc(a1, 0x1), kEbreak});
  CHECK(s.x(a0) == 0xFFFFF000u);
  CHECK(s.x(a1) == Sandbox::kCode + 4 + 0x1000);
}

TEST_CASE("writes to x0 are discarded") {
  Sandbox s;
  s.exec({addi(zero, zero, 5), add(a0, zero, zero), lui(zero, 1), kEbreak});
  CHECK(s.x(zero) == 0);
  CHECK(s.x(a0) == 0);
}

TEST_CASE("multiply: low and the three high variants") {
  CHECK(rr(mul, 0xFFFFFFFF, 0xFFFFFFFF) == 1);
  CHECK(rr(mulh, 0xFFFFFFFF, 0xFFFFFFFF) == 0);          // (-1)*(-1) = 1
  CHECK(rr(mulhu, 0xFFFFFFFF, 0xFFFFFFFF) == 0xFFFFFFFE);
  CHECK(rr(mulhsu, 0xFFFFFFFF, 0xFFFFFFFF) == 0xFFFFFFFF);  // -1 * (2^32-1)
  CHECK(rr(mulh, kIntMin, kIntMin) == 0x40000000u);
  CHECK(rr(mulhsu, kIntMin, 2) == 0xFFFFFFFFu);
}

TEST_CASE("division by zero gives all ones and the remainder the dividend") {
  CHECK(rr(div, 7, 0) == 0xFFFFFFFFu);
  CHECK(rr(divu, 7, 0) == 0xFFFFFFFFu);
  CHECK(rr(rem, 7, 0) == 7);
  CHECK(rr(remu, 7, 0) == 7);
}

TEST_CASE("INT_MIN / -1 overflows to INT_MIN with remainder 0") {
  CHECK(rr(div, kIntMin, 0xFFFFFFFF) == kIntMin);
  CHECK(rr(rem, kIntMin, 0xFFFFFFFF) == 0);
}

TEST_CASE("signed division truncates toward zero") {
  CHECK(rr(div, u32(-7), 2) == u32(-3));
  CHECK(rr(rem, u32(-7), 2) == u32(-1));
  CHECK(rr(divu, u32(-7), 2) == 0x7FFFFFFCu);
  CHECK(rr(remu, 7, 3) == 1);
}

TEST_CASE("loads sign- or zero-extend") {
  Sandbox s;
  s.put_word(Sandbox::kData, 0x8081F2F3);
  s.x(a1) = Sandbox::kData;
  s.exec({lb(a0, a1, 0), lbu(a2, a1, 0), lh(a3, a1, 2), lhu(a4, a1, 2), lw(a5, a1, 0), kEbreak});
  CHECK(s.x(a0) == 0xFFFFFFF3u);
  CHECK(s.x(a2) == 0xF3u);
  CHECK(s.x(a3) == 0xFFFF8081u);
  CHECK(s.x(a4) == 0x8081u);
  CHECK(s.x(a5) == 0x8081F2F3u);
}

TEST_CASE("stores write 1, 2 and 4 bytes") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.x(a2) = 0x11223344;
  s.exec({sw(a2, a1, 0), sb(a2, a1, 4), sh(a2, a1, 8), kEbreak});
  CHECK(s.word(Sandbox::kData) == 0x11223344u);
  CHECK(s.word(Sandbox::kData + 4) == 0x44u);
  CHECK(s.word(Sandbox::kData + 8) == 0x3344u);
}

TEST_CASE("misaligned loads and stores work inside a page") {
  Sandbox s;
  s.x(a1) = Sandbox::kData + 1;
  s.x(a2) = 0xAABBCCDD;
  s.exec({sw(a2, a1, 0), lw(a0, a1, 0), lh(a3, a1, 2), kEbreak});
  CHECK(s.x(a0) == 0xAABBCCDDu);
  CHECK(s.x(a3) == 0xFFFFAABBu);
  CHECK(s.byte(Sandbox::kData + 1) == 0xDD);
}

TEST_CASE("misaligned access across a page boundary") {
  Sandbox s;
  u32 va = Sandbox::kData + kPageSize - 2;
  s.x(a1) = va;
  s.x(a2) = 0x12345678;
  s.exec({sw(a2, a1, 0), lw(a0, a1, 0), lhu(a3, a1, 1), kEbreak});
  CHECK(s.x(a0) == 0x12345678u);
  CHECK(s.byte(va) == 0x78);
  CHECK(s.byte(va + 1) == 0x56);
  CHECK(s.byte(va + 2) == 0x34);  // first byte of the second page (another frame)
  CHECK(s.byte(va + 3) == 0x12);
  CHECK(s.x(a3) == 0x3456u);
}

TEST_CASE("a page-crossing store that faults on the second page writes nothing") {
  Sandbox s;
  u32 va = Sandbox::kRodata - 2;  // kData pages end at 0x22000; map the page before rodata
  s.map(Sandbox::kRodata - kPageSize, 1, kPteR | kPteW | kPteU);
  s.x(a1) = va;
  s.x(a2) = 0xFFFFFFFF;
  Trap t = s.exec({sw(a2, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
  CHECK(t.access == Access::store);
  CHECK(t.addr == Sandbox::kRodata);
  CHECK(t.pc == Sandbox::kCode);
  CHECK(s.byte(va) == 0);
}

TEST_CASE("branches: taken, not taken, signed and unsigned") {
  auto taken = [](u32 insn, u32 a, u32 b) {
    Sandbox s;
    s.x(a1) = a;
    s.x(a2) = b;
    s.exec({insn, addi(a0, zero, 1), kEbreak, addi(a0, zero, 2), kEbreak});
    return s.x(a0) == 2;
  };
  CHECK(taken(beq(a1, a2, 12), 3, 3));
  CHECK_FALSE(taken(beq(a1, a2, 12), 3, 4));
  CHECK(taken(bne(a1, a2, 12), 3, 4));
  CHECK(taken(blt(a1, a2, 12), u32(-1), 0));
  CHECK_FALSE(taken(bltu(a1, a2, 12), u32(-1), 0));
  CHECK(taken(bge(a1, a2, 12), 0, u32(-1)));
  CHECK(taken(bgeu(a1, a2, 12), u32(-1), 0));
  CHECK(taken(bge(a1, a2, 12), 5, 5));
}

TEST_CASE("backward branch loops") {
  Sandbox s;
  // a0 = 0; a1 = 10; loop: a0 += a1; a1 -= 1; bnez a1, loop
  s.exec({addi(a0, zero, 0), addi(a1, zero, 10), add(a0, a0, a1), addi(a1, a1, -1),
          bne(a1, zero, -8), kEbreak});
  CHECK(s.x(a0) == 55);
  CHECK(s.m.hart.instret == 2 + 3 * 10);
}

TEST_CASE("jal and jalr link the next pc; jalr clears bit 0") {
  Sandbox s;
  s.x(a1) = Sandbox::kCode + 16 + 1;
  s.exec({jal(ra, 8), kEbreak, jalr(t0, a1, 0), kEbreak, addi(a0, zero, 7), kEbreak});
  CHECK(s.x(ra) == Sandbox::kCode + 4);
  CHECK(s.x(t0) == Sandbox::kCode + 12);
  CHECK(s.x(a0) == 7);
}

TEST_CASE("jalr with rd == rs1 uses the old value for the target") {
  Sandbox s;
  s.x(a1) = Sandbox::kCode + 8;
  s.exec({jalr(a1, a1, 0), kEbreak, kEbreak});
  CHECK(s.m.hart.pc == Sandbox::kCode + 8);
  CHECK(s.x(a1) == Sandbox::kCode + 4);
}

TEST_CASE("jumps across pages and falling off the end of a page") {
  Sandbox s;
  u32 last = Sandbox::kCode + kPageSize - 4;
  s.put_code({addi(a0, zero, 1)}, last);
  s.put_code({addi(a1, zero, 2), kEbreak}, Sandbox::kCode + kPageSize);
  s.m.hart.pc = last;
  Trap t = run(s.m, 100);
  CHECK(t.kind == TrapKind::ebreak);
  CHECK(t.pc == Sandbox::kCode + kPageSize + 4);
  CHECK(s.x(a0) == 1);
  CHECK(s.x(a1) == 2);
  CHECK(s.m.hart.instret == 2);
}

TEST_CASE("a jump to a misaligned target traps at the jump") {
  Sandbox s;
  s.x(a1) = Sandbox::kCode + 6;
  Trap t = s.exec({jalr(ra, a1, 0), kEbreak});
  CHECK(t.kind == TrapKind::misaligned);
  CHECK(t.access == Access::fetch);
  CHECK(t.pc == Sandbox::kCode);
  CHECK(t.addr == Sandbox::kCode + 6);
  CHECK(s.x(ra) == 0);
}

TEST_CASE("ecall and ebreak stop at their own pc without retiring") {
  Sandbox s;
  Trap t = s.exec({kNop, kEcall, kEbreak});
  CHECK(t.kind == TrapKind::ecall);
  CHECK(t.pc == Sandbox::kCode + 4);
  CHECK(s.m.hart.pc == Sandbox::kCode + 4);
  CHECK(s.m.hart.instret == 1);
  s.m.hart.pc += 4;  // what the kernel does after a system call
  t = run(s.m, 10);
  CHECK(t.kind == TrapKind::ebreak);
  CHECK(t.pc == Sandbox::kCode + 8);
}

TEST_CASE("illegal instructions trap with the instruction word") {
  const u32 words[] = {
      0x00000000,  // all zeros (a compressed encoding)
      0x00000001,  // c.nop
      0x0000A001,  // another compressed word
      0x00002007,  // flw
      0x00C5F553,  // fadd.s
      0x30200073,  // mret
      0x10500073,  // wfi
      0x12000073,  // sfence.vma
      csrrw(a0, kCsrCycle, a1),  // writing a read-only counter
      csrrs(a0, 0x300, zero),    // mstatus
      csrrs(a0, kCsrCycle, a1),  // csrrs with rs1 != x0 writes
      0x00003003,                // ld (RV64)
      0x0000101B,                // addiw (RV64)
      0x40001033,                // sll with funct7 0x20
      0x1000302F,                // lr.d (RV64)
      0x2805A52F,                // amo with an unassigned funct5 (00101)
      0x10B5252F,                // lr.w with rs2 != 0
      0xFFFFFFFF,
  };
  for (u32 w : words) {
    CAPTURE(w);
    Sandbox s;
    Trap t = s.exec({kNop, w, kEbreak});
    CHECK(t.kind == TrapKind::illegal_instruction);
    CHECK(t.insn == w);
    CHECK(t.pc == Sandbox::kCode + 4);
    CHECK(s.m.hart.instret == 1);
  }
}

TEST_CASE("fence and fence.i execute as no-ops") {
  Sandbox s;
  Trap t = s.exec({kFence, kFenceI, addi(a0, zero, 3), kEbreak});
  CHECK(t.kind == TrapKind::ebreak);
  CHECK(s.x(a0) == 3);
}

TEST_CASE("rdcycle and rdinstret count retired instructions; rdtime reads the virtual clock") {
  Sandbox s;
  s.m.hart.instret = 0x1'0000'0005ull;
  s.m.clock = VirtualClock{1000, 0x1'0000'0000ull, 1};
  s.exec({kNop, csrrs(a0, kCsrInstret, zero), csrrs(a1, kCsrCycle, zero),
          csrrs(a2, kCsrInstretH, zero), csrrs(a3, kCsrTime, zero), csrrs(a4, kCsrTimeH, zero),
          kEbreak});
  CHECK(s.x(a0) == 6);
  CHECK(s.x(a1) == 7);
  CHECK(s.x(a2) == 1);
  CHECK(s.x(a3) == 1000 + 9);
  CHECK(s.x(a4) == 0);
}

TEST_CASE("run stops exactly at the budget and resuming is seamless") {
  std::vector<u32> prog = {addi(a0, zero, 0), addi(a1, zero, 100), add(a0, a0, a1),
                           addi(a1, a1, -1), bne(a1, zero, -8), kEbreak};
  Sandbox whole;
  whole.exec(prog, 1000000);
  Sandbox sliced;
  sliced.put_code(prog);
  u64 steps = 0;
  Trap t;
  do {
    t = run(sliced.m, 7);
    ++steps;
    if (t.kind == TrapKind::budget_exhausted) CHECK(sliced.m.hart.instret == 7 * steps);
  } while (t.kind == TrapKind::budget_exhausted);
  CHECK(t.kind == TrapKind::ebreak);
  CHECK(sliced.x(a0) == whole.x(a0));
  CHECK(sliced.m.hart.instret == whole.m.hart.instret);
  CHECK(state_hash(sliced.m) == state_hash(whole.m));
}

TEST_CASE("run with a zero budget does nothing") {
  Sandbox s;
  s.put_code({addi(a0, zero, 1)});
  Trap t = run(s.m, 0);
  CHECK(t.kind == TrapKind::budget_exhausted);
  CHECK(t.pc == Sandbox::kCode);
  CHECK(s.x(a0) == 0);
}

// ---- A extension --------------------------------------------------------

TEST_CASE("lr/sc succeeds on an untouched reservation") {
  Sandbox s;
  s.put_word(Sandbox::kData, 41);
  s.x(a1) = Sandbox::kData;
  s.exec({lr_w(a0, a1), addi(a0, a0, 1), sc_w(a2, a1, a0), kEbreak});
  CHECK(s.x(a2) == 0);
  CHECK(s.word(Sandbox::kData) == 42);
  CHECK_FALSE(s.m.hart.reservation_valid);
}

TEST_CASE("sc without a reservation fails and does not store") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.x(a0) = 5;
  s.exec({sc_w(a2, a1, a0), kEbreak});
  CHECK(s.x(a2) == 1);
  CHECK(s.word(Sandbox::kData) == 0);
}

TEST_CASE("a store to the reserved word breaks the reservation") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.x(a3) = 9;
  s.exec({lr_w(a0, a1), sw(a3, a1, 0), sc_w(a2, a1, a3), kEbreak});
  CHECK(s.x(a2) == 1);
}

TEST_CASE("a second sc fails because the first one consumed the reservation") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.x(a3) = 9;
  s.exec({lr_w(a0, a1), sc_w(a2, a1, a3), sc_w(a4, a1, zero), kEbreak});
  CHECK(s.x(a2) == 0);
  CHECK(s.x(a4) == 1);
  CHECK(s.word(Sandbox::kData) == 9);
}

TEST_CASE("sc to another address than the reservation fails") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.x(a4) = Sandbox::kData + 4;
  s.exec({lr_w(a0, a1), sc_w(a2, a4, a1), kEbreak});
  CHECK(s.x(a2) == 1);
  CHECK(s.word(Sandbox::kData + 4) == 0);
}

TEST_CASE("a kernel write to the reserved word breaks the reservation") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  Trap t = s.exec({lr_w(a0, a1), kEcall, sc_w(a2, a1, a1), kEbreak});
  REQUIRE(t.kind == TrapKind::ecall);
  u32 v = 7;
  CHECK_FALSE(copy_to_guest(s.m, Sandbox::kData, {reinterpret_cast<u8*>(&v), 4}));
  s.m.hart.pc += 4;
  run(s.m, 10);
  CHECK(s.x(a2) == 1);
  CHECK(s.word(Sandbox::kData) == 7);
}

TEST_CASE("a store to another word of the reserved page keeps the reservation") {
  Sandbox s;
  s.x(a1) = Sandbox::kData;
  s.exec({lr_w(a0, a1), sw(a1, a1, 8), sc_w(a2, a1, a1), kEbreak});
  CHECK(s.x(a2) == 0);
  CHECK(s.word(Sandbox::kData + 8) == Sandbox::kData);
}

TEST_CASE("all AMOs return the old value and store the combination") {
  struct Case {
    u32 funct5;
    u32 old, src, stored;
  } cases[] = {
      {0x01, 5, 9, 9},                         // amoswap
      {0x00, 5, 9, 14},                        // amoadd
      {0x04, 0b1100, 0b1010, 0b0110},          // amoxor
      {0x0C, 0b1100, 0b1010, 0b1000},          // amoand
      {0x08, 0b1100, 0b1010, 0b1110},          // amoor
      {0x10, u32(-5), 3, u32(-5)},             // amomin (signed)
      {0x14, u32(-5), 3, 3},                   // amomax (signed)
      {0x18, u32(-5), 3, 3},                   // amominu
      {0x1C, u32(-5), 3, u32(-5)},             // amomaxu
  };
  for (const Case& c : cases) {
    CAPTURE(c.funct5);
    Sandbox s;
    s.put_word(Sandbox::kData + 4, c.old);
    s.x(a1) = Sandbox::kData + 4;
    s.x(a2) = c.src;
    s.exec({amo(c.funct5, a0, a1, a2), kEbreak});
    CHECK(s.x(a0) == c.old);
    CHECK(s.word(Sandbox::kData + 4) == c.stored);
  }
}

TEST_CASE("misaligned atomics trap") {
  Sandbox s;
  s.x(a1) = Sandbox::kData + 2;
  Trap t = s.exec({amo(0x00, a0, a1, a2), kEbreak});
  CHECK(t.kind == TrapKind::misaligned);
  CHECK(t.access == Access::store);
  CHECK(t.addr == Sandbox::kData + 2);
  Sandbox l;
  l.x(a1) = Sandbox::kData + 1;
  t = l.exec({lr_w(a0, a1), kEbreak});
  CHECK(t.kind == TrapKind::misaligned);
  CHECK(t.access == Access::load);
}

TEST_CASE("an AMO on a read-only page is a store page fault") {
  Sandbox s;
  s.x(a1) = Sandbox::kRodata;
  Trap t = s.exec({amo(0x00, a0, a1, a2), kEbreak});
  CHECK(t.kind == TrapKind::page_fault);
  CHECK(t.access == Access::store);
  CHECK(t.addr == Sandbox::kRodata);
}
