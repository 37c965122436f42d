// Fuzzes the decoder and executor differentially against qemu-riscv32
// (the approach of tests/machine/diff_test.cpp, with random instruction
// words instead of generated assembly): the input's words run after a
// prologue that sets every register; then x1..x31 and the scratch memory
// are written to stdout. Our machine and qemu must print the same bytes, or
// both die of the same signal.
//
// Words are kept in bounds, not filtered by legality: control flow (it
// would skip the dump), SYSTEM (ecall could do anything), LR/SC (their
// reservation rules may legally differ) become nops; loads, stores and
// atomics get s11 (the scratch area's middle) as their base; nothing
// writes s11. Every other word, illegal ones included, runs as it is.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "machine/elf.h"
#include "machine/machine.h"
#include "machine/sv32.h"
#include "rv32_image.h"

using namespace forklab;

namespace {

constexpr u32 kBase = 27;  // s11
constexpr u32 kNop = 0x13;

u32 sanitize(u32 w) {
  u32 opcode = w & 0x7F;
  u32 rd = (w >> 7) & 31;
  switch (opcode) {
    case 0x63: case 0x6F: case 0x67: case 0x73: case 0x0F:  // branches, jal, jalr, system, fence(.i)
      return kNop;
    case 0x03: case 0x23:  // loads, stores: base s11
      w = (w & ~(31u << 15)) | (kBase << 15);
      break;
    case 0x2F: {  // AMO: base s11; no lr/sc
      u32 funct5 = w >> 27;
      if (funct5 == 2 || funct5 == 3) return kNop;
      w = (w & ~(31u << 15)) | (kBase << 15);
      break;
    }
    default:
      break;
  }
  bool writes_rd = opcode != 0x23;
  if (writes_rd && rd == kBase) w = (w & ~(31u << 7)) | (5u << 7);  // t0 instead
  return w;
}

constexpr u32 kDumpBytes = 8192 + 256;  // the registers and every byte a load or store can reach

// The program for scratch area address `scratch` (two passes: the first
// learns the code's length, which places the scratch area).
fuzz::Code program_at(const unsigned char* data, unsigned long size, u32 scratch) {
  usize n = std::min<unsigned long>(size / 4, 256);
  fuzz::Code c;
  c.li(kBase, scratch + 6144);  // loads and stores reach s11 +- 2 KiB
  for (u32 r = 1; r < 32; ++r) {
    if (r == kBase) continue;
    u32 v = 0x9E3779B9u * r;
    if (size >= r * 4) v ^= u32(data[(r * 4) % size]) << 24;
    c.li(r, v);
  }
  for (usize i = 0; i < n; ++i) {
    u32 w = u32(data[i * 4]) | u32(data[i * 4 + 1]) << 8 | u32(data[i * 4 + 2]) << 16 | u32(data[i * 4 + 3]) << 24;
    c.emit(sanitize(w));
  }
  // s11 back to the scratch area's start, x1..x31 into its first words.
  for (int i = 0; i < 3; ++i) c.addi(kBase, kBase, -2048);
  for (u32 r = 1; r < 32; ++r) {
    if (r != kBase) c.sw(r, kBase, i32(r - 1) * 4);
  }
  c.li(17, 64);  // write(1, scratch, kDumpBytes)
  c.li(10, 1);
  c.addi(11, kBase, 0);
  c.li(12, kDumpBytes);
  c.ecall();
  c.li(17, 93);  // exit(0)
  c.li(10, 0);
  c.ecall();
  return c;
}

fuzz::Code program(const unsigned char* data, unsigned long size) {
  fuzz::Code sizing = program_at(data, size, 0);
  return program_at(data, size, sizing.scratch_address(sizing.words.size()));
}

// Our machine: the dump's bytes, or "signal N" for a trap that would kill.
std::string run_ours(const std::vector<u8>& elf) {
  Result<machine::ElfImage> image = machine::parse_elf(elf);
  if (!image.ok()) __builtin_trap();
  machine::Machine m = machine::make_machine({4u << 20});
  if (!machine::load_elf(m, *image).ok()) __builtin_trap();
  std::string out;
  for (int steps = 0; steps < 4; ++steps) {
    machine::Trap t = machine::run(m, 1'000'000);
    switch (t.kind) {
      case machine::TrapKind::ecall: {
        u32 nr = m.hart.x[17];
        if (nr == 93) return out;
        std::string bytes(m.hart.x[12], '\0');
        if (!machine::copy_from_guest(m, m.hart.x[11], {reinterpret_cast<u8*>(bytes.data()), bytes.size()})) {
          out += bytes;
        }
        m.hart.pc = t.pc + 4;
        m.hart.x[10] = m.hart.x[12];
        break;
      }
      case machine::TrapKind::illegal_instruction: return out + "signal 4";
      case machine::TrapKind::misaligned: return out + "signal 7";
      case machine::TrapKind::page_fault:
      case machine::TrapKind::access_fault: return out + "signal 11";
      default: return out + "stopped: " + machine::trap_kind_name(t.kind);
    }
  }
  return out + "no end";
}

std::string run_qemu(const std::vector<u8>& elf) {
  char path[] = "/tmp/forklab-fuzz-diff-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) __builtin_trap();
  if (write(fd, elf.data(), elf.size()) != ssize_t(elf.size())) __builtin_trap();
  close(fd);
  chmod(path, 0755);
  // RV32IMA only: qemu's default CPU also has C, F and D, which we lack.
  std::string cmd = std::string(FORKLAB_QEMU_RISCV32) + " -cpu rv32,c=false,f=false,d=false " + path + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  usize got;
  while ((got = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, got);
  int rc = pclose(p);
  unlink(path);
  int status = WIFEXITED(rc) ? WEXITSTATUS(rc) : 128 + WTERMSIG(rc);
  if (status > 128) out += "signal " + std::to_string(status - 128);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
  std::vector<u8> elf = fuzz::make_elf(program(data, size));
  std::string ours = run_ours(elf), theirs = run_qemu(elf);
  if (ours != theirs) {
    std::fprintf(stderr, "machine and qemu differ: ours %zu bytes%s, qemu %zu bytes%s\n", ours.size(),
                 ours.size() < 40 ? (" '" + ours + "'").c_str() : "", theirs.size(),
                 theirs.size() < 40 ? (" '" + theirs + "'").c_str() : "");
    __builtin_trap();
  }
  return 0;
}
