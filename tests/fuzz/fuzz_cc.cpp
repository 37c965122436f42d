// Fuzzes the C compiler with source text: any input must give an object or
// diagnostics, never a crash or a hang (SPEC §5, §10).
#include <string>

#include "cc/compiler.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
  using namespace forklab::cc;
  std::string source(reinterpret_cast<const char*>(data), size);
  CompileOptions opts;
  opts.read_file = [](const std::string&, std::string&) { return false; };  // no #include from the host
  CompileResult r = compile_c("fuzz.c", source, opts);
  if (r.ok && r.object.empty()) __builtin_trap();  // success must produce an object
  return 0;
}
