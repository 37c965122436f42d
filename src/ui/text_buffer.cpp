#include "ui/text_buffer.h"

#include <algorithm>

namespace forklab::ui {

void TextBuffer::set_text(std::string_view text) {
  lines_.clear();
  size_t start = 0;
  while (true) {
    size_t nl = text.find('\n', start);
    std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines_.emplace_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  cursor_ = anchor_ = TextPos{};
  undo_.clear();
  redo_.clear();
  last_edit_ = EditKind::other;
  ++version_;
}

std::string TextBuffer::text() const {
  std::string out;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (i) out += '\n';
    out += lines_[i];
  }
  return out;
}

TextPos TextBuffer::clamp(TextPos p) const {
  p.line = std::clamp(p.line, 0, int(lines_.size()) - 1);
  p.column = std::clamp(p.column, 0, int(lines_[size_t(p.line)].size()));
  return p;
}

std::string TextBuffer::selected_text() const {
  TextPos a = selection_start(), b = selection_end();
  if (a.line == b.line) return lines_[size_t(a.line)].substr(size_t(a.column), size_t(b.column - a.column));
  std::string out = lines_[size_t(a.line)].substr(size_t(a.column));
  for (int l = a.line + 1; l < b.line; ++l) out += "\n" + lines_[size_t(l)];
  return out + "\n" + lines_[size_t(b.line)].substr(0, size_t(b.column));
}

void TextBuffer::move_to(TextPos pos, bool select) {
  cursor_ = clamp(pos);
  if (!select) anchor_ = cursor_;
  goal_column_ = -1;
  last_edit_ = EditKind::other;
}

void TextBuffer::move_left(bool select) {
  if (!select && has_selection()) return move_to(selection_start());
  TextPos p = cursor_;
  if (p.column > 0) {
    --p.column;
  } else if (p.line > 0) {
    --p.line;
    p.column = int(lines_[size_t(p.line)].size());
  }
  move_to(p, select);
}

void TextBuffer::move_right(bool select) {
  if (!select && has_selection()) return move_to(selection_end());
  TextPos p = cursor_;
  if (p.column < int(lines_[size_t(p.line)].size())) {
    ++p.column;
  } else if (p.line + 1 < int(lines_.size())) {
    ++p.line;
    p.column = 0;
  }
  move_to(p, select);
}

void TextBuffer::move_up(int n, bool select) {
  int goal = goal_column_ >= 0 ? goal_column_ : cursor_.column;
  move_to(TextPos{cursor_.line - n, goal}, select);
  goal_column_ = goal;
}

void TextBuffer::move_down(int n, bool select) {
  int goal = goal_column_ >= 0 ? goal_column_ : cursor_.column;
  move_to(TextPos{cursor_.line + n, goal}, select);
  goal_column_ = goal;
}

void TextBuffer::move_home(bool select) {
  const std::string& line = lines_[size_t(cursor_.line)];
  int indent = int(line.find_first_not_of(" \t"));
  if (indent < 0) indent = int(line.size());
  move_to(TextPos{cursor_.line, cursor_.column == indent ? 0 : indent}, select);
}

void TextBuffer::move_end(bool select) {
  move_to(TextPos{cursor_.line, int(lines_[size_t(cursor_.line)].size())}, select);
}

void TextBuffer::select_all() {
  anchor_ = TextPos{};
  cursor_ = TextPos{int(lines_.size()) - 1, int(lines_.back().size())};
}

void TextBuffer::remember(EditKind kind) {
  ++version_;
  redo_.clear();
  if (kind == EditKind::typing && last_edit_ == EditKind::typing && !undo_.empty()) return;  // one undo step
  undo_.push_back(State{lines_, cursor_, anchor_});
  if (undo_.size() > kMaxUndo) undo_.erase(undo_.begin());
  last_edit_ = kind;
}

void TextBuffer::erase_range(TextPos a, TextPos b) {
  std::string& first = lines_[size_t(a.line)];
  std::string tail = lines_[size_t(b.line)].substr(size_t(b.column));
  first.resize(size_t(a.column));
  first += tail;
  lines_.erase(lines_.begin() + a.line + 1, lines_.begin() + b.line + 1);
  cursor_ = anchor_ = a;
}

void TextBuffer::delete_selection() {
  if (!has_selection()) return;
  remember(EditKind::other);
  erase_range(selection_start(), selection_end());
}

void TextBuffer::insert(std::string_view text) {
  remember(EditKind::other);
  if (has_selection()) erase_range(selection_start(), selection_end());
  std::string& line = lines_[size_t(cursor_.line)];
  std::string tail = line.substr(size_t(cursor_.column));
  line.resize(size_t(cursor_.column));
  size_t start = 0;
  int at = cursor_.line;
  while (true) {
    size_t nl = text.find('\n', start);
    std::string_view piece = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
    lines_[size_t(at)] += piece;
    if (nl == std::string_view::npos) break;
    lines_.insert(lines_.begin() + at + 1, std::string());
    ++at;
    start = nl + 1;
  }
  cursor_ = anchor_ = TextPos{at, int(lines_[size_t(at)].size())};
  lines_[size_t(at)] += tail;
  last_edit_ = EditKind::other;
}

void TextBuffer::type_char(char c) {
  remember(EditKind::typing);
  if (has_selection()) erase_range(selection_start(), selection_end());
  lines_[size_t(cursor_.line)].insert(size_t(cursor_.column), 1, c);
  ++cursor_.column;
  anchor_ = cursor_;
  goal_column_ = -1;
}

void TextBuffer::newline() {
  remember(EditKind::other);
  if (has_selection()) erase_range(selection_start(), selection_end());
  std::string& line = lines_[size_t(cursor_.line)];
  size_t indent = std::min(line.find_first_not_of(" \t"), size_t(cursor_.column));
  if (indent == std::string::npos) indent = line.size();
  std::string next = line.substr(0, indent) + line.substr(size_t(cursor_.column));
  line.resize(size_t(cursor_.column));
  lines_.insert(lines_.begin() + cursor_.line + 1, next);
  cursor_ = anchor_ = TextPos{cursor_.line + 1, int(indent)};
  goal_column_ = -1;
}

void TextBuffer::backspace() {
  if (has_selection()) return delete_selection();
  if (cursor_ == TextPos{}) return;
  remember(EditKind::other);
  TextPos from = cursor_;
  if (from.column > 0) {
    --from.column;
  } else {
    --from.line;
    from.column = int(lines_[size_t(from.line)].size());
  }
  erase_range(from, cursor_);
}

void TextBuffer::delete_forward() {
  if (has_selection()) return delete_selection();
  TextPos to = cursor_;
  if (to.column < int(lines_[size_t(to.line)].size())) {
    ++to.column;
  } else if (to.line + 1 < int(lines_.size())) {
    ++to.line;
    to.column = 0;
  } else {
    return;
  }
  remember(EditKind::other);
  erase_range(cursor_, to);
}

bool TextBuffer::undo() {
  if (undo_.empty()) return false;
  redo_.push_back(State{lines_, cursor_, anchor_});
  State s = std::move(undo_.back());
  undo_.pop_back();
  lines_ = std::move(s.lines);
  cursor_ = s.cursor, anchor_ = s.anchor;
  last_edit_ = EditKind::other;
  ++version_;
  return true;
}

bool TextBuffer::redo() {
  if (redo_.empty()) return false;
  undo_.push_back(State{lines_, cursor_, anchor_});
  State s = std::move(redo_.back());
  redo_.pop_back();
  lines_ = std::move(s.lines);
  cursor_ = s.cursor, anchor_ = s.anchor;
  last_edit_ = EditKind::other;
  ++version_;
  return true;
}

bool TextBuffer::find_next(std::string_view needle) {
  if (needle.empty()) return false;
  TextPos from = selection_end();
  int n = int(lines_.size());
  for (int i = 0; i <= n; ++i) {
    int l = (from.line + i) % n;
    size_t start = i == 0 ? size_t(from.column) : 0;
    size_t at = lines_[size_t(l)].find(needle, start);
    if (at == std::string::npos) continue;
    anchor_ = TextPos{l, int(at)};
    cursor_ = TextPos{l, int(at + needle.size())};
    last_edit_ = EditKind::other;
    return true;
  }
  return false;
}

}  // namespace forklab::ui
