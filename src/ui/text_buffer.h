// The editor's text model: lines, a cursor with a selection, undo and redo,
// find. No ImGui here, so it is tested on its own; the editor panel maps keys
// and the mouse onto these calls.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace forklab::ui {

struct TextPos {
  int line = 0;
  int column = 0;  // byte offset in the line
  bool operator==(const TextPos&) const = default;
  bool operator<(const TextPos& o) const { return line != o.line ? line < o.line : column < o.column; }
};

class TextBuffer {
 public:
  TextBuffer() : lines_{""} {}
  explicit TextBuffer(std::string_view text) { set_text(text); }

  void set_text(std::string_view text);  // also clears the undo history
  std::string text() const;
  const std::vector<std::string>& lines() const { return lines_; }
  int line_count() const { return int(lines_.size()); }

  TextPos cursor() const { return cursor_; }
  bool has_selection() const { return !(anchor_ == cursor_); }
  TextPos selection_start() const { return anchor_ < cursor_ ? anchor_ : cursor_; }
  TextPos selection_end() const { return anchor_ < cursor_ ? cursor_ : anchor_; }
  std::string selected_text() const;

  // Moves the cursor; with `select`, the selection grows from where it was.
  void move_to(TextPos pos, bool select = false);
  void move_left(bool select = false);
  void move_right(bool select = false);
  void move_up(int lines = 1, bool select = false);
  void move_down(int lines = 1, bool select = false);
  void move_home(bool select = false);  // first non-blank, then column 0
  void move_end(bool select = false);
  void select_all();

  // Edits. Typing replaces the selection; a newline keeps the indentation
  // of the line it splits (auto-indent). Consecutive typed characters undo
  // together.
  void insert(std::string_view text);
  void type_char(char c);
  void newline();
  void backspace();
  void delete_forward();
  void delete_selection();

  bool undo();
  bool redo();
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  // Counts edits; the editor saves when it changes.
  unsigned long long version() const { return version_; }

  // Selects the next occurrence of `needle` after the cursor (wrapping);
  // false when there is none.
  bool find_next(std::string_view needle);

 private:
  struct State {
    std::vector<std::string> lines;
    TextPos cursor, anchor;
  };
  enum class EditKind { typing, other };

  TextPos clamp(TextPos pos) const;
  void remember(EditKind kind);  // before an edit: push the undo state
  void erase_range(TextPos from, TextPos to);

  std::vector<std::string> lines_;
  TextPos cursor_, anchor_;
  int goal_column_ = -1;  // kept over up/down moves through short lines
  std::vector<State> undo_, redo_;
  EditKind last_edit_ = EditKind::other;
  unsigned long long version_ = 0;
  static constexpr size_t kMaxUndo = 500;
};

}  // namespace forklab::ui
