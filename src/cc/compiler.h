// The compiler's public API: C source to an RV32 relocatable object, and
// the driver entry point behind `forklab cc` / `forklab-cc`.
#pragma once

#include <functional>
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

// Where the driver finds the guest's headers and libraries, and how it
// reads and writes files. Defaults: nothing extra, the host file system,
// stderr. The CLI fills it from the build (the guest libc); the lab gives
// its in-page file system.
struct DriverEnv {
  std::vector<std::string> system_include_dirs;  // searched after -I (like -isystem)
  std::vector<std::string> start_files;          // e.g. crt0.o, linked first unless -nostdlib
  std::vector<std::string> libraries;            // e.g. libc.a, linked last unless -nostdlib
  ReadFileFn read_file;                          // null: the host file system
  std::function<bool(const std::string& path, const std::vector<u8>& data, bool executable)> write_file;
  std::string* diagnostics = nullptr;            // null: stderr
};

// forklab-cc FILE.c|FILE.o|LIB.a... [-c] [-E] [-o OUT] [-I DIR] [-isystem DIR]
//            [-D NAME[=V]] [-U NAME] [-g0] [-nostdlib]
// Returns 0 on success, 1 on error (diagnostics as clang prints them).
int cc_main(int argc, char** argv, const DriverEnv& env);
int cc_main(int argc, char** argv);  // with a default DriverEnv

}  // namespace forklab::cc
