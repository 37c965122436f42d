#pragma once

#include <set>
#include <string>
#include <vector>

#include "lab/build.h"
#include "ui/panel.h"
#include "ui/text_buffer.h"

namespace forklab::ui {

struct EditorFile {
  std::string name;  // relative to /home/student
  TextBuffer buffer;
  std::set<int> breakpoints;  // 0-based lines
};

// The editor's open files; the panel draws them, the JS API reads them.
class EditorState {
 public:
  // Opens (or replaces the text of) a file and makes it the active tab.
  void open(const std::string& name, const std::string& text);
  EditorFile* active_file();
  std::vector<EditorFile>& files() { return files_; }
  int active() const { return active_; }
  void set_active(int index) { active_ = index; }

  // Gives every open file to the lab (before Run).
  void save_to(lab::Lab& lab) const;
  std::string json() const;

  bool focused = false;  // the editor has the keyboard
  bool find_open = false;
  std::string find_text;

 private:
  std::vector<EditorFile> files_;
  int active_ = 0;
};

// [editor]: our own code editor (SPEC §6.1).
void draw_editor_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
