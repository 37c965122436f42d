#include "ui/editor_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

#include "kernel/event.h"
#include "ui/keys.h"

namespace forklab::ui {

// ---- EditorState ---------------------------------------------------------------

void EditorState::open(const std::string& name, const std::string& raw) {
  // Tabs become four spaces: the editor's columns are characters.
  std::string text;
  for (char c : raw) text += c == '\t' ? std::string("    ") : std::string(1, c);
  for (usize i = 0; i < files_.size(); ++i) {
    if (files_[i].name == name) {
      files_[i].buffer.set_text(text);
      active_ = int(i);
      return;
    }
  }
  files_.push_back(EditorFile{name, TextBuffer(text), {}});
  active_ = int(files_.size()) - 1;
}

EditorFile* EditorState::active_file() {
  if (files_.empty()) return nullptr;
  active_ = std::clamp(active_, 0, int(files_.size()) - 1);
  return &files_[usize(active_)];
}

void EditorState::save_to(lab::Lab& lab) const {
  for (const EditorFile& f : files_) {
    std::string text = f.buffer.text();
    bool unchanged = std::any_of(lab.files().begin(), lab.files().end(),
                                 [&](const lab::SourceFile& have) { return have.name == f.name && have.text == text; });
    if (!unchanged) lab.put_file(f.name, text);  // an edit: the next Run builds again
  }
}

std::string EditorState::json() const {
  std::string out = "{\"active\":" + std::to_string(active_) + ",\"focused\":" + (focused ? "true" : "false") +
                    ",\"files\":[";
  for (usize i = 0; i < files_.size(); ++i) {
    const EditorFile& f = files_[i];
    const TextBuffer& b = f.buffer;
    out += i ? ",{\"name\":" : "{\"name\":";
    kernel::append_json_string(out, f.name);
    out += ",\"text\":";
    kernel::append_json_string(out, b.text());
    out += ",\"cursor\":{\"line\":" + std::to_string(b.cursor().line) +
           ",\"column\":" + std::to_string(b.cursor().column) + "},\"selection\":";
    kernel::append_json_string(out, b.selected_text());
    out += ",\"can_undo\":" + std::string(b.can_undo() ? "true" : "false") +
           ",\"can_redo\":" + (b.can_redo() ? "true" : "false") + ",\"breakpoints\":[";
    bool first = true;
    for (int line : f.breakpoints) {
      out += (first ? "" : ",") + std::to_string(line + 1);
      first = false;
    }
    out += "]}";
  }
  return out + "]}";
}

// ---- Drawing -------------------------------------------------------------------

namespace {

bool is_keyword(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "auto",   "break",  "case",    "char",   "const",    "continue", "default", "do",     "double",
      "else",   "enum",   "extern",  "float",  "for",      "goto",     "if",      "int",    "long",
      "register", "return", "short", "signed", "sizeof",   "static",   "struct",  "switch", "typedef",
      "union",  "unsigned", "void",  "volatile", "while",  "_Bool",    "pid_t",   "size_t", "bool"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Draws one line with simple C colours: comments, strings, keywords,
// numbers and preprocessor lines.
void draw_code_line(ImDrawList* draw, ImVec2 at, std::string_view line, float char_w) {
  const unsigned kText = IM_COL32(220, 220, 220, 255), kKeyword = IM_COL32(110, 170, 255, 255),
                 kString = IM_COL32(230, 180, 110, 255), kComment = IM_COL32(120, 160, 110, 255),
                 kNumber = IM_COL32(180, 230, 150, 255), kPreproc = IM_COL32(200, 140, 220, 255);
  usize first = line.find_first_not_of(" \t");
  if (first != std::string_view::npos && line[first] == '#') {
    draw->AddText(at, kPreproc, line.data(), line.data() + line.size());
    return;
  }
  usize i = 0;
  while (i < line.size()) {
    usize start = i;
    unsigned colour = kText;
    char c = line[i];
    if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      i = line.size();
      colour = kComment;
    } else if (c == '"' || c == '\'') {
      for (++i; i < line.size() && line[i] != c; ++i) {
        if (line[i] == '\\') ++i;
      }
      i = std::min(i + 1, line.size());
      colour = kString;
    } else if (std::isalpha(u8(c)) || c == '_') {
      while (i < line.size() && (std::isalnum(u8(line[i])) || line[i] == '_')) ++i;
      colour = is_keyword(line.substr(start, i - start)) ? kKeyword : kText;
    } else if (std::isdigit(u8(c))) {
      while (i < line.size() && std::isalnum(u8(line[i]))) ++i;
      colour = kNumber;
    } else {
      ++i;
    }
    draw->AddText(ImVec2(at.x + float(start) * char_w, at.y), colour, line.data() + start, line.data() + i);
  }
}

const lab::BuildMessage* error_at(const lab::BuildResult& build, const std::string& file, int line) {
  for (const lab::BuildMessage& m : build.messages) {
    if (m.line == line + 1 && m.file == file) return &m;
  }
  return nullptr;
}

// Keys while the text area has focus: editing, moving, clipboard, undo.
void take_keys(TextBuffer& b, EditorState& state, int page_lines) {
  ImGuiIO& io = ImGui::GetIO();
  bool shift = io.KeyShift, ctrl = io.KeyCtrl;
  if (ctrl) {
    if (key_pressed(ImGuiKey_Z)) shift ? b.redo() : b.undo();
    if (key_pressed(ImGuiKey_Y)) b.redo();
    if (key_pressed(ImGuiKey_A)) b.select_all();
    if (key_pressed(ImGuiKey_C) && b.has_selection()) ImGui::SetClipboardText(b.selected_text().c_str());
    if (key_pressed(ImGuiKey_X) && b.has_selection()) {
      ImGui::SetClipboardText(b.selected_text().c_str());
      b.delete_selection();
    }
    if (key_pressed(ImGuiKey_V)) {
      if (const char* clip = ImGui::GetClipboardText()) b.insert(clip);
    }
    if (letter_pressed('F')) state.find_open = true;
  } else {
    for (ImWchar c : io.InputQueueCharacters) {
      if (c == '\t' || (c >= 32 && c < 127)) b.type_char(char(c));
    }
  }
  if (key_pressed(ImGuiKey_LeftArrow)) b.move_left(shift);
  if (key_pressed(ImGuiKey_RightArrow)) b.move_right(shift);
  if (key_pressed(ImGuiKey_UpArrow)) b.move_up(1, shift);
  if (key_pressed(ImGuiKey_DownArrow)) b.move_down(1, shift);
  if (key_pressed(ImGuiKey_PageUp)) b.move_up(page_lines, shift);
  if (key_pressed(ImGuiKey_PageDown)) b.move_down(page_lines, shift);
  if (key_pressed(ImGuiKey_Home)) ctrl ? b.move_to({}, shift) : b.move_home(shift);
  if (key_pressed(ImGuiKey_End)) b.move_end(shift);
  if (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter)) b.newline();
  if (key_pressed(ImGuiKey_Backspace)) b.backspace();
  if (key_pressed(ImGuiKey_Delete)) b.delete_forward();
  if (key_pressed(ImGuiKey_Tab) && !ctrl) b.insert("    ");
}

void draw_toolbar(PanelContext& context, EditorFile& file) {
  EditorState& state = context.editor;
  if (ImGui::Button("Run")) {
    state.save_to(context.lab);
    context.lab.start_program();
    context.lab.run();
  }
  ImGui::SameLine();
  ImGui::BeginDisabled(!file.buffer.can_undo());
  if (ImGui::Button("Undo")) file.buffer.undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!file.buffer.can_redo());
  if (ImGui::Button("Redo")) file.buffer.redo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Find")) state.find_open = !state.find_open;
  ImGui::SameLine();
  ImGui::TextDisabled("line %d, col %d", file.buffer.cursor().line + 1, file.buffer.cursor().column + 1);
  if (state.find_open) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%s", state.find_text.c_str());
    ImGui::SetNextItemWidth(200);
    bool enter = ImGui::InputText("##find", buf, sizeof buf, ImGuiInputTextFlags_EnterReturnsTrue);
    state.find_text = buf;
    ImGui::SameLine();
    if (ImGui::Button("Next") || enter) file.buffer.find_next(state.find_text);
  }
}

void draw_text_area(PanelContext& context, EditorFile& file) {
  EditorState& state = context.editor;
  TextBuffer& b = file.buffer;
  ImGui::BeginChild("##text", ImVec2(0, 0), true,
                    ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoNav);
  state.focused = ImGui::IsWindowFocused();
  float line_h = ImGui::GetTextLineHeight();
  float char_w = ImGui::CalcTextSize("M").x;
  float gutter = char_w * 7;
  int page_lines = std::max(1, int(ImGui::GetWindowHeight() / line_h) - 2);
  if (state.focused) {
    TextPos before = b.cursor();
    take_keys(b, state, page_lines);
    if (!(before == b.cursor())) {
      // Keep the cursor in view.
      float y = float(b.cursor().line) * line_h;
      if (y < ImGui::GetScrollY()) ImGui::SetScrollY(y);
      if (y + line_h > ImGui::GetScrollY() + ImGui::GetWindowHeight() - line_h) {
        ImGui::SetScrollY(y - ImGui::GetWindowHeight() + 2 * line_h);
      }
    }
  }
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const std::vector<std::string>& lines = b.lines();
  usize longest = 0;
  for (const std::string& l : lines) longest = std::max(longest, l.size());
  ImVec2 size(gutter + float(longest + 2) * char_w, float(lines.size()) * line_h);
  ImGui::InvisibleButton("##area", ImVec2(std::max(size.x, ImGui::GetContentRegionAvail().x), size.y));

  // The mouse: click in the gutter toggles a breakpoint; in the text it
  // places the cursor, and a drag selects.
  ImVec2 mouse = ImGui::GetIO().MousePos;
  auto pos_at = [&](ImVec2 p) {
    int line = std::clamp(int((p.y - origin.y) / line_h), 0, int(lines.size()) - 1);
    int column = int(std::lround((p.x - origin.x - gutter) / char_w));
    return TextPos{line, std::max(0, column)};
  };
  if (ImGui::IsItemClicked(0)) {
    TextPos p = pos_at(mouse);
    if (mouse.x - origin.x < gutter) {
      if (!file.breakpoints.erase(p.line)) file.breakpoints.insert(p.line);
    } else {
      b.move_to(p, ImGui::GetIO().KeyShift);
    }
  } else if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0) && mouse.x - origin.x >= gutter) {
    b.move_to(pos_at(mouse), true);
  }

  const lab::BuildResult& build = context.lab.build();
  int first = std::max(0, int(ImGui::GetScrollY() / line_h));
  int last = std::min(int(lines.size()), first + int(ImGui::GetWindowHeight() / line_h) + 2);
  TextPos sel_a = b.selection_start(), sel_b = b.selection_end();
  for (int i = first; i < last; ++i) {
    float y = origin.y + float(i) * line_h;
    const lab::BuildMessage* error = error_at(build, file.name, i);
    if (error) {
      draw->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + size.x + 2000, y + line_h), IM_COL32(120, 30, 30, 160));
      if (ImGui::IsWindowHovered() && mouse.y >= y && mouse.y < y + line_h) {
        ImGui::SetTooltip("%s", error->message.c_str());
      }
    }
    if (b.has_selection() && i >= sel_a.line && i <= sel_b.line) {
      float x0 = i == sel_a.line ? float(sel_a.column) : 0;
      float x1 = i == sel_b.line ? float(sel_b.column) : float(lines[usize(i)].size()) + 1;
      draw->AddRectFilled(ImVec2(origin.x + gutter + x0 * char_w, y),
                          ImVec2(origin.x + gutter + x1 * char_w, y + line_h), IM_COL32(60, 90, 150, 200));
    }
    if (file.breakpoints.count(i)) {
      draw->AddCircleFilled(ImVec2(origin.x + char_w, y + line_h / 2), line_h * 0.35f, IM_COL32(230, 60, 60, 255));
    }
    char number[16];
    std::snprintf(number, sizeof number, "%4d", i + 1);
    draw->AddText(ImVec2(origin.x + char_w * 1.8f, y), error ? IM_COL32(255, 120, 120, 255) : IM_COL32(110, 110, 120, 255),
                  number);
    draw_code_line(draw, ImVec2(origin.x + gutter, y), lines[usize(i)], char_w);
  }
  if (state.focused && std::fmod(ImGui::GetTime(), 1.0) < 0.6) {
    TextPos c = b.cursor();
    float x = origin.x + gutter + float(c.column) * char_w, y = origin.y + float(c.line) * line_h;
    draw->AddLine(ImVec2(x, y), ImVec2(x, y + line_h), IM_COL32(255, 255, 255, 255), 1.5f);
  }
  ImGui::EndChild();
}

}  // namespace

void draw_editor_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Editor###editor", open)) {
    context.editor.focused = false;
    ImGui::End();
    return;
  }
  EditorState& state = context.editor;
  if (state.files().empty()) state.open("main.c", "");
  if (ImGui::BeginTabBar("##files")) {
    for (usize i = 0; i < state.files().size(); ++i) {
      if (ImGui::BeginTabItem(state.files()[i].name.c_str())) {
        state.set_active(int(i));
        ImGui::EndTabItem();
      }
    }
    if (ImGui::TabItemButton("+", ImGuiTabItemFlags_Trailing)) {
      state.open("file" + std::to_string(state.files().size() + 1) + ".c", "");
    }
    ImGui::EndTabBar();
  }
  EditorFile* file = state.active_file();
  draw_toolbar(context, *file);
  draw_text_area(context, *file);
  ImGui::End();
}

}  // namespace forklab::ui
