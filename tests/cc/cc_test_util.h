// Helpers shared by the compiler's unit tests.
#pragma once

#include <map>
#include <string>

#include "cc/compiler.h"

namespace forklab::cc::test {

// Compiles `source` as "t.c"; #include files come from `files`.
inline CompileResult compile(const std::string& source, const std::map<std::string, std::string>& files = {}) {
  CompileOptions opts;
  opts.read_file = [files](const std::string& path, std::string& out) {
    auto it = files.find(path);
    if (it == files.end()) return false;
    out = it->second;
    return true;
  };
  opts.include_dirs.push_back("inc");
  return compile_c("t.c", source, opts);
}

// The first diagnostic as "line:col: severity: message", or "" if none.
inline std::string first_diag(const CompileResult& r) {
  if (r.diagnostics.empty()) return "";
  const Diagnostic& d = r.diagnostics.front();
  const char* sev = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
  return std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": " + sev + ": " + d.message;
}

inline std::string preprocessed(const std::string& source, const std::map<std::string, std::string>& files = {}) {
  CompileOptions opts;
  opts.read_file = [files](const std::string& path, std::string& out) {
    auto it = files.find(path);
    if (it == files.end()) return false;
    out = it->second;
    return true;
  };
  opts.include_dirs.push_back("inc");
  std::string out;
  CompileResult r = preprocess_only("t.c", source, opts, &out);
  if (!r.ok) return "ERROR: " + r.diagnostics_text;
  return out;
}

}  // namespace forklab::cc::test
