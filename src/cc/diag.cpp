#include "cc/diag.h"

namespace forklab::cc {

int Diagnostics::add_file(std::string name, std::string text) {
  auto f = std::make_unique<SourceFile>();
  f->id = int(files_.size());
  f->name = std::move(name);
  f->text = std::move(text);
  f->line_starts.push_back(0);
  for (unsigned i = 0; i < f->text.size(); ++i)
    if (f->text[i] == '\n') f->line_starts.push_back(i + 1);
  files_.push_back(std::move(f));
  return files_.back()->id;
}

void Diagnostics::error(SourceLoc loc, std::string message) {
  if (errors_ >= kMaxErrors) return;
  ++errors_;
  list_.push_back({Severity::Error, loc, std::move(message)});
}

void Diagnostics::warning(SourceLoc loc, std::string message) {
  if (list_.size() > 200) return;
  list_.push_back({Severity::Warning, loc, std::move(message)});
}

void Diagnostics::note(SourceLoc loc, std::string message) {
  if (list_.size() > 200) return;
  list_.push_back({Severity::Note, loc, std::move(message)});
}

std::string Diagnostics::render(const Diagnostic& d) const {
  const char* kind = d.severity == Severity::Error     ? "error"
                     : d.severity == Severity::Warning ? "warning"
                                                       : "note";
  std::string out;
  if (d.loc.file < 0 || d.loc.file >= int(files_.size())) {
    out = std::string("forklab-cc: ") + kind + ": " + d.message + "\n";
    return out;
  }
  const SourceFile& f = *files_[d.loc.file];
  out = f.name + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col) + ": " + kind +
        ": " + d.message + "\n";
  if (d.loc.line < 1 || d.loc.line > int(f.line_starts.size())) return out;
  unsigned start = f.line_starts[d.loc.line - 1];
  unsigned end = start;
  while (end < f.text.size() && f.text[end] != '\n') ++end;
  std::string line = f.text.substr(start, end - start);
  if (line.size() > 400) line.resize(400);
  // Keep the caret under the right column: tabs stay tabs, other bytes become spaces.
  std::string caret;
  for (int i = 0; i + 1 < d.loc.col && i < int(line.size()); ++i)
    caret += line[i] == '\t' ? '\t' : ' ';
  out += line + "\n" + caret + "^\n";
  return out;
}

std::string Diagnostics::render_all() const {
  std::string out;
  for (const Diagnostic& d : list_) out += render(d);
  return out;
}

}  // namespace forklab::cc
