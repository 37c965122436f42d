// The C preprocessor (C11 6.10): #include, macros, conditionals, #pragma once.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "cc/token.h"

namespace forklab::cc {

// Reads a file by path; returns false if it does not exist. The driver reads
// the host file system; the lab reads its in-page file system.
using ReadFileFn = std::function<bool(const std::string& path, std::string& contents)>;

struct PreprocessOptions {
  std::vector<std::string> include_dirs;   // -I, searched for "" and <>
  std::vector<std::string> system_dirs;    // the guest header tree, after -I
  std::vector<std::pair<std::string, std::string>> defines;  // -D NAME=VALUE
  std::vector<std::string> undefines;                         // -U NAME
  ReadFileFn read_file;
};

// Preprocesses file `main_file` (already added to `diags`). The result ends
// with an Eof token; on error the diagnostics say why.
std::vector<Token> preprocess(Diagnostics& diags, int main_file, const PreprocessOptions& opts);

// Headers the compiler itself provides (stdarg.h, stddef.h, ...), by name.
const char* builtin_header(const std::string& name);

}  // namespace forklab::cc
