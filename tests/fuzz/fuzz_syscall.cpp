// Fuzzes the system-call layer from a guest: the input becomes a program of
// random calls (number and six arguments each, some arguments pointing
// into a scratch area, some wild), run on a booted kernel. Whatever the
// calls do, the kernel must not crash and its invariants must hold.
#include "kernel/invariants.h"
#include "lab/session.h"
#include "rv32_image.h"

using namespace forklab;

namespace {

// Reads the input a few bytes at a time (zeros once it runs out).
struct Input {
  const unsigned char* data;
  unsigned long size;
  unsigned long at = 0;
  u32 u8_() { return at < size ? data[at++] : 0; }
  u32 u32_() { return u8_() | u8_() << 8 | u8_() << 16 | u8_() << 24; }
};

// An argument: small numbers, pointers into the scratch area, or raw bits.
u32 argument(Input& in, u32 scratch) {
  u32 kind = in.u8_();
  switch (kind % 4) {
    case 0: return kind >> 2;                          // 0..63: fds, flags, sizes
    case 1: return scratch + (in.u8_() << 4);          // inside the scratch area
    case 2: return u32(-i32(kind >> 2));               // -1, -2, ...: AT_FDCWD, pids
    default: return in.u32_();                         // anything
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
  constexpr u32 kRegs[7] = {17, 10, 11, 12, 13, 14, 15};  // a7, a0..a5
  constexpr usize kCallWords = 7 * 2 + 1;
  constexpr usize kMaxCalls = 64;
  usize calls = std::min<usize>(kMaxCalls, size / 8 + 1);
  usize total_words = calls * kCallWords + 2 * 2 + 1;
  fuzz::Code code;
  u32 scratch = code.scratch_address(total_words);
  Input in{data, size};
  for (usize c = 0; c < calls; ++c) {
    u32 nr = in.u8_() | (in.u8_() & 1) << 8;  // 0..511: every Linux number and beyond
    code.li(kRegs[0], nr);
    for (int a = 1; a < 7; ++a) code.li(kRegs[a], argument(in, scratch));
    code.ecall();
  }
  code.li(17, 93);  // exit(0)
  code.li(10, 0);
  code.ecall();

  lab::SessionConfig config;
  config.kernel.memory_bytes = 8u << 20;
  config.kernel.max_processes = 16;
  config.kernel.event_capacity = 4096;
  lab::Session s(config);
  kernel::Kernel& k = s.kernel();
  k.on_output = [](i32, int, std::string_view) {};
  k.console_is_tty = {false, false, false};
  k.console_input_closed = true;
  std::vector<u8> elf = fuzz::make_elf(code);
  if (!s.add_file("/home/student/calls", elf, 0755).ok()) __builtin_trap();
  if (!s.start({"/home/student/calls"}).ok()) __builtin_trap();
  for (int i = 0; i < 20; ++i) {
    kernel::RunStop stop = s.run(100'000);
    if (stop != kernel::RunStop::budget) break;
  }
  kernel::run_invariant_checker(k);
  if (!k.invariant_violations.empty()) __builtin_trap();
  return 0;
}
