// Guest MIPS of the interpreter on a fixed workload (bench/machine/workload.c)
// with Sv32 translation on. Prints figures; not a timed test.
//   bench_machine [rounds]     (default 2200 rounds, about 1 G instructions)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "machine/elf.h"
#include "machine/machine.h"
#include "machine/sv32.h"
#include "workload_elf.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

using namespace forklab;
using namespace forklab::machine;

// Process CPU time: on a shared machine it tracks the interpreter's speed
// better than wall time does.
static double cpu_seconds() {
#ifdef __EMSCRIPTEN__
  return EM_ASM_DOUBLE({
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  });
#else
  return double(std::clock()) / CLOCKS_PER_SEC;
#endif
}

int main(int argc, char** argv) {
  u32 rounds = argc > 1 ? u32(std::strtoul(argv[1], nullptr, 10)) : 2200;
  auto image = parse_elf(ByteSpan(kWorkloadElf, sizeof kWorkloadElf));
  if (!image.ok()) {
    std::fprintf(stderr, "bench: %s\n", image.error().message.c_str());
    return 1;
  }
  Machine m = make_machine({64u << 20});
  auto prog = load_elf(m, *image);
  const ElfSymbol* knob = find_symbol(*image, "bench_rounds");
  if (!prog.ok() || !knob || copy_to_guest(m, knob->value, {reinterpret_cast<u8*>(&rounds), 4})) {
    std::fprintf(stderr, "bench: cannot load the workload\n");
    return 1;
  }
  std::string out;
  auto start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  for (;;) {
    Trap t = run(m, ~0ull);
    if (t.kind != TrapKind::ecall) {
      std::fprintf(stderr, "bench: unexpected %s at 0x%x\n", trap_kind_name(t.kind), t.pc);
      return 1;
    }
    u32 nr = m.hart.x[17];
    if (nr == 93) break;
    std::vector<u8> buf(m.hart.x[12] & 0xFFFF);
    if (!copy_from_guest(m, m.hart.x[11], buf)) out.append(buf.begin(), buf.end());
    m.hart.pc += 4;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = cpu_seconds() - cpu_start;
  double insns = double(m.hart.instret);
  std::printf("rounds %u, checksum %s", rounds, out.c_str());
  std::printf("guest instructions %.0f in %.3f s: %.1f MIPS\n", insns, secs, insns / secs / 1e6);
  std::printf("cpu time %.3f s: %.1f MIPS (cpu)\n", cpu, insns / cpu / 1e6);
  return 0;
}
