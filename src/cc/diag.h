// Diagnostics for the C compiler: source files, locations, and clang-style
// messages ("file:line:col: error: message", the source line, a caret).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace forklab::cc {

struct SourceFile {
  int id = 0;
  std::string name;
  std::string text;
  std::vector<unsigned> line_starts;  // byte offset of each line (0-based)
};

struct SourceLoc {
  int file = -1;  // index into Diagnostics::files; -1 = no location
  int line = 0;   // 1-based
  int col = 0;    // 1-based, in bytes
};

enum class Severity { Warning, Error, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceLoc loc;
  std::string message;
};

// Owns the source files of one compilation and collects its diagnostics.
class Diagnostics {
 public:
  // A bad program gets its first error and a few more, never thousands.
  static constexpr int kMaxErrors = 20;

  int add_file(std::string name, std::string text);
  const SourceFile& file(int id) const { return *files_[id]; }
  int file_count() const { return int(files_.size()); }

  void error(SourceLoc loc, std::string message);
  void warning(SourceLoc loc, std::string message);
  void note(SourceLoc loc, std::string message);

  int error_count() const { return errors_; }
  bool has_errors() const { return errors_ > 0; }
  const std::vector<Diagnostic>& list() const { return list_; }

  // One diagnostic as clang prints it, with the source line and a caret.
  std::string render(const Diagnostic& d) const;
  std::string render_all() const;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  std::vector<Diagnostic> list_;
  int errors_ = 0;
};

}  // namespace forklab::cc
