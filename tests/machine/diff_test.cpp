// Differential tests: RV32 programs built with clang at test time run on our
// machine and under qemu-riscv32; output, exit status and (for the fuzzer)
// final registers and memory must match. Native only (needs host tools).
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "machine/disasm.h"
#include "machine/elf.h"
#include "machine/machine.h"
#include "machine/sv32.h"

using namespace forklab;
using namespace forklab::machine;

namespace {

const std::string kWork = FORKLAB_DIFF_WORK_DIR;
const std::string kGuest = FORKLAB_DIFF_GUEST_DIR;

struct Outcome {
  int status = -1;
  std::string out;
  std::string error;  // set when our machine stopped for an unexpected reason
};

std::string shell(const std::string& cmd, int* status = nullptr) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  usize n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : 128 + WTERMSIG(rc);
  return out;
}

std::vector<u8> read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

// Build a program; returns the ELF path, or "" (with a FAIL) on error.
std::string build(const std::string& source, const std::string& name, const std::string& flags) {
  std::string elf = kWork + "/" + name + ".elf";
  int rc = 0;
  std::string log = shell(std::string(FORKLAB_CLANG) +
                              " --target=riscv32 -march=rv32ima -mabi=ilp32 -nostdlib -mno-relax"
                              " -fuse-ld=lld -static -ffreestanding " +
                              flags + " -o " + elf + " " + source + " 2>&1",
                          &rc);
  if (rc != 0) {
    FAIL("clang failed for " << source << ":\n" << log);
    return "";
  }
  return elf;
}

// Our machine with the two system calls the test programs use.
Outcome run_on_machine(const std::string& elf_path) {
  Outcome o;
  auto image = parse_elf(read_file(elf_path));
  if (!image.ok()) return {-1, "", image.error().message};
  Machine m = make_machine({16u << 20});
  auto prog = load_elf(m, *image);
  if (!prog.ok()) return {-1, "", prog.error().message};
  for (;;) {
    Trap t = run(m, 2'000'000'000);
    if (t.kind != TrapKind::ecall) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "%s (%s) at pc 0x%x addr 0x%x: %s", trap_kind_name(t.kind),
                    access_name(t.access), t.pc, t.addr, disassemble(t.insn, t.pc).c_str());
      o.error = buf;
      return o;
    }
    u32 nr = m.hart.x[17], a0 = m.hart.x[10], a1 = m.hart.x[11], a2 = m.hart.x[12];
    if (nr == 93 || nr == 94) {
      o.status = int(a0 & 0xFF);
      return o;
    }
    if (nr != 64 || a2 > (1u << 20)) {
      o.error = "unexpected system call " + std::to_string(nr);
      return o;
    }
    std::vector<u8> buf(a2);
    if (copy_from_guest(m, a1, buf)) {
      o.error = "write from a bad pointer";
      return o;
    }
    o.out.append(buf.begin(), buf.end());
    m.hart.x[10] = a2;
    m.hart.pc += 4;
  }
}

Outcome run_on_qemu(const std::string& elf_path) {
  Outcome o;
  o.out = shell(std::string(FORKLAB_QEMU_RISCV32) + " " + elf_path, &o.status);
  return o;
}

void compare(const std::string& elf) {
  Outcome ours = run_on_machine(elf);
  Outcome ref = run_on_qemu(elf);
  CAPTURE(elf);
  REQUIRE(ours.error == "");
  CHECK(ours.status == ref.status);
  CHECK(ours.out == ref.out);
  CHECK(!ref.out.empty());
}

// Every instruction in the file disassembles as llvm-objdump says.
void compare_disassembly(const std::string& elf) {
  std::string dump = shell(std::string(FORKLAB_LLVM_OBJDUMP) + " -d --mattr=+m,+a " + elf);
  std::istringstream lines(dump);
  std::string line;
  int checked = 0;
  while (std::getline(lines, line)) {
    // "   10074: 13 05 15 00  \taddi\ta0, a0, 1"
    unsigned addr, b0, b1, b2, b3;
    if (std::sscanf(line.c_str(), " %x: %x %x %x %x", &addr, &b0, &b1, &b2, &b3) != 5) continue;
    usize tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string expected = line.substr(tab + 1);
    if (expected.find("<unknown>") != std::string::npos) continue;
    usize sym = expected.find(" <");
    if (sym != std::string::npos) expected.resize(sym);
    while (!expected.empty() && (expected.back() == '\t' || expected.back() == ' ')) expected.pop_back();
    u32 word = b0 | b1 << 8 | b2 << 16 | b3 << 24;
    CAPTURE(line);
    CHECK(disassemble(word, addr) == expected);
    ++checked;
  }
  CHECK(checked > 20);
}

// ---- The random instruction-sequence generator ----------------------------

const char* const kRegs[32] = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2",
                               "s0",   "s1", "a0", "a1", "a2", "a3", "a4", "a5",
                               "a6",   "a7", "s2", "s3", "s4", "s5", "s6", "s7",
                               "s8",   "s9", "s10", "s11", "t3", "t4", "t5", "t6"};
constexpr int kBase = 27;  // s11 holds the buffer address; never a destination
constexpr int kAddr = 31;  // t6 holds atomic addresses

struct Gen {
  explicit Gen(u32 seed) : rng(seed) {}
  std::mt19937 rng;
  std::ostringstream s;
  int label = 0;

  u32 pick(u32 n) { return rng() % n; }
  const char* rd() {
    u32 r;
    do r = pick(32); while (r == kBase);
    return kRegs[r];
  }
  const char* rs() { return kRegs[pick(32)]; }
  const char* rd_not_t6() {
    const char* r = rd();
    while (r == kRegs[kAddr]) r = rd();
    return r;
  }
  u32 interesting() {
    static const u32 v[] = {0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffe, 31, 32, 33};
    return pick(3) ? u32(rng()) : v[pick(10)];
  }

  void alu() {
    static const char* rr[] = {"add", "sub", "sll", "slt", "sltu", "xor", "srl", "sra", "or", "and",
                               "mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu"};
    static const char* ri[] = {"addi", "slti", "sltiu", "xori", "ori", "andi"};
    static const char* sh[] = {"slli", "srli", "srai"};
    switch (pick(5)) {
      case 0:
      case 1: s << rr[pick(18)] << " " << rd() << ", " << rs() << ", " << rs() << "\n"; break;
      case 2: s << ri[pick(6)] << " " << rd() << ", " << rs() << ", " << (int(pick(4096)) - 2048) << "\n"; break;
      case 3: s << sh[pick(3)] << " " << rd() << ", " << rs() << ", " << pick(32) << "\n"; break;
      default: s << (pick(2) ? "lui " : "auipc ") << rd() << ", " << pick(1 << 20) << "\n"; break;
    }
  }
  void memory() {
    static const char* loads[] = {"lb", "lh", "lw", "lbu", "lhu"};
    static const char* stores[] = {"sb", "sh", "sw"};
    int off = int(pick(124)) - 64;  // crosses the page boundary at s11
    if (pick(2))
      s << loads[pick(5)] << " " << rd() << ", " << off << "(s11)\n";
    else
      s << stores[pick(3)] << " " << rs() << ", " << off << "(s11)\n";
  }
  void atomic() {
    static const char* amos[] = {"amoswap.w", "amoadd.w", "amoxor.w", "amoand.w", "amoor.w",
                                 "amomin.w",  "amomax.w", "amominu.w", "amomaxu.w"};
    s << "addi t6, s11, " << (int(pick(32)) - 16) * 4 << "\n";
    if (pick(3)) {
      s << amos[pick(9)] << " " << rd() << ", " << rs() << ", (t6)\n";
    } else {
      // lr/sc with only ALU work (and no t6 write) in between: succeeds on both.
      s << "lr.w " << rd_not_t6() << ", (t6)\n";
      const char* r = rd_not_t6();
      s << "addi " << r << ", " << r << ", 1\n";
      s << "sc.w " << rd() << ", " << rs() << ", (t6)\n";
    }
  }
  void branch() {
    static const char* b[] = {"beq", "bne", "blt", "bge", "bltu", "bgeu"};
    int l = ++label;
    if (pick(4) == 0)
      s << "jal " << rd() << ", .L" << l << "\n";
    else
      s << b[pick(6)] << " " << rs() << ", " << rs() << ", .L" << l << "\n";
    for (u32 i = 0, n = 1 + pick(3); i < n; ++i) alu();
    s << ".L" << l << ":\n";
  }

  std::string program(u32 length) {
    s << ".globl _start\n.text\n_start:\n";
    s << "la s11, buf\nli t0, 4096\nadd s11, s11, t0\n";
    for (int r = 1; r < 32; ++r)
      if (r != kBase) s << "li " << kRegs[r] << ", " << i32(interesting()) << "\n";
    for (u32 i = 0; i < length; ++i) {
      u32 k = pick(10);
      if (k < 5) alu();
      else if (k < 7) memory();
      else if (k < 8) atomic();
      else branch();
    }
    // Dump x1..x31 after the 128 bytes the body touches, then write the window.
    for (int r = 1; r < 32; ++r) s << "sw " << kRegs[r] << ", " << 64 + 4 * r << "(s11)\n";
    s << "li a7, 64\nli a0, 1\naddi a1, s11, -64\nli a2, 256\necall\n";
    s << "li a7, 93\nli a0, 0\necall\n";
    s << ".data\n.balign 4096\nbuf:\n";
    for (int i = 0; i < 2 * 4096; i += 4) s << ".word " << u32(rng()) << "\n";
    return s.str();
  }
};

}  // namespace

TEST_CASE("guest programs give the same output and exit status as qemu") {
  for (const char* name : {"arith", "memory", "atomics"}) {
    for (const char* opt : {"-O0", "-O2"}) {
      std::string elf = build(kGuest + "/" + name + ".c", std::string(name) + opt, opt);
      compare(elf);
    }
  }
}

TEST_CASE("self-modifying code (store, fence.i, run) behaves as under qemu") {
  compare(build(kGuest + "/smc.c", "smc", "-O2 -Wl,-N"));  // -N: writable text
}

TEST_CASE("random instruction sequences end with the same registers and memory as qemu") {
  for (u32 seed = 1; seed <= 40; ++seed) {
    Gen g(seed);
    std::string src = kWork + "/fuzz" + std::to_string(seed) + ".s";
    std::ofstream(src) << g.program(300);
    std::string elf = build(src, "fuzz" + std::to_string(seed), "");
    CAPTURE(seed);
    compare(elf);
  }
}

TEST_CASE("the disassembler agrees with llvm-objdump on compiled code") {
  compare_disassembly(build(kGuest + "/arith.c", "dis_arith", "-O2"));
  compare_disassembly(build(kGuest + "/atomics.c", "dis_atomics", "-O1"));
  Gen g(99);
  std::string src = kWork + "/dis_fuzz.s";
  std::ofstream(src) << g.program(400);
  compare_disassembly(build(src, "dis_fuzz", ""));
}
