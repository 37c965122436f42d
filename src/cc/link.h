// Our static linker: RISC-V relocatable objects and `ar` archives to a static
// ELF32 executable (no dynamic linking, no relaxation).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "base/types.h"

namespace forklab::cc {

struct LinkInput {
  std::string name;  // for messages: "main.o", "libc.a"
  std::vector<u8> bytes;
};

struct LinkOptions {
  std::string entry = "_start";
  u32 base_address = 0x10000;  // where the first PT_LOAD segment goes (as GNU ld does)
};

// Links `inputs` in order. Archive members are pulled in while they define a
// symbol some loaded object still needs. Errors name the symbol and the
// object that referenced or defined it.
Result<std::vector<u8>> link_executable(const std::vector<LinkInput>& inputs, const LinkOptions& opts);

}  // namespace forklab::cc
