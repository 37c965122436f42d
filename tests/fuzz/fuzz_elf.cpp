// Fuzzes the ELF loaders with file bytes: the machine's parse_elf/load_elf,
// then the kernel's execve of the same bytes, run briefly. Any input must
// be accepted or refused cleanly; the kernel's invariants must hold.
#include <cstdlib>

#include "kernel/invariants.h"
#include "base/bytes.h"
#include "lab/session.h"
#include "machine/elf.h"

using namespace forklab;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
  ByteSpan bytes(data, size);
  Result<machine::ElfImage> image = machine::parse_elf(bytes);
  if (image.ok()) {
    machine::Machine m = machine::make_machine({4u << 20});
    (void)machine::load_elf(m, *image);
  }
  lab::SessionConfig config;
  config.kernel.memory_bytes = 8u << 20;
  config.kernel.event_capacity = 4096;
  lab::Session s(config);
  s.kernel().on_output = [](i32, int, std::string_view) {};
  s.kernel().console_input_closed = true;
  if (!s.add_file("/home/student/prog", bytes, 0755).ok()) return 0;
  if (!s.start({"/home/student/prog"}).ok()) return 0;
  s.run(200'000);
  kernel::run_invariant_checker(s.kernel());
  if (!s.kernel().invariant_violations.empty()) __builtin_trap();
  return 0;
}
