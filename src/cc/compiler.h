// The compiler's public API: C source to an RV32 relocatable object, and
// the driver entry point behind `forklab cc` / `forklab-cc`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/types.h"
#include "cc/diag.h"
#include "cc/preprocess.h"

namespace forklab::cc {

struct CompileOptions {
  std::vector<std::string> include_dirs;  // -I
  std::vector<std::string> system_dirs;   // guest headers (after -I)
  std::vector<std::pair<std::string, std::string>> defines;  // -D
  std::vector<std::string> undefines;                         // -U
  ReadFileFn read_file;     // for #include; the driver reads the host file system
  bool debug_info = true;
};

struct CompileResult {
  bool ok = false;
  std::vector<u8> object;               // ELF32 relocatable, when ok
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in order
  std::string diagnostics_text;         // rendered clang-style
};

// Compiles one translation unit. `path` names it in diagnostics and
// __FILE__; `source` is its text.
CompileResult compile_c(const std::string& path, const std::string& source, const CompileOptions& opts);

// Preprocess only (-E): the token stream as text.
CompileResult preprocess_only(const std::string& path, const std::string& source, const CompileOptions& opts,
                              std::string* out);

// forklab-cc FILE.c|FILE.o|LIB.a... [-c] [-E] [-o OUT] [-I DIR] [-isystem DIR] [-D NAME[=V]] [-U NAME] [-g0]
// Diagnostics go to stderr; returns 0 on success, 1 on error.
int cc_main(int argc, char** argv);

}  // namespace forklab::cc
