#include "ui/terminal_panel.h"

#include <imgui.h>

#include "kernel/abi/signal.h"
#include "ui/keys.h"

namespace forklab::ui {
namespace {

// The line being typed. The kernel's tty has no line discipline yet, so the
// panel edits the line (cooked mode) and hands it over on Enter.
struct TerminalInput {
  std::string line;
  bool show_pids = true;
  bool follow = true;  // keep the newest line in view
};

TerminalInput g_input;

void copy_all(const std::vector<lab::TerminalLine>& lines) {
  std::string text;
  for (const lab::TerminalLine& l : lines) text += l.text + "\n";
  ImGui::SetClipboardText(text.c_str());
}

// Keys typed while the terminal has focus.
void take_keys(lab::Lab& lab) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl) {
    if (key_pressed(ImGuiKey_C)) lab.signal_terminal(ABI_SIGINT), g_input.line.clear();
    if (key_pressed(ImGuiKey_Z)) lab.signal_terminal(ABI_SIGTSTP);
    if (key_pressed(ImGuiKey_V)) {
      if (const char* clip = ImGui::GetClipboardText()) g_input.line += clip;
    }
    return;
  }
  for (ImWchar c : io.InputQueueCharacters) {
    if (c >= 32 && c < 127) g_input.line += char(c);
  }
  if (key_pressed(ImGuiKey_Backspace) && !g_input.line.empty()) g_input.line.pop_back();
  if (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeyPadEnter)) {
    lab.type(g_input.line + "\n");
    g_input.line.clear();
    g_input.follow = true;
  }
}

}  // namespace

void draw_terminal_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Terminal###terminal", open)) {
    ImGui::End();
    return;
  }
  lab::Lab& lab = context.lab;
  ImGui::Checkbox("pids", &g_input.show_pids);
  ImGui::SameLine();
  if (ImGui::SmallButton("Copy all")) copy_all(lab.terminal());
  ImGui::SameLine();
  if (ImGui::SmallButton("^C")) lab.signal_terminal(ABI_SIGINT);
  ImGui::SameLine();
  if (ImGui::SmallButton("^Z")) lab.signal_terminal(ABI_SIGTSTP);
  ImGui::SameLine();
  ImGui::TextDisabled("click here and type; Ctrl+C, Ctrl+Z, Ctrl+V");

  ImGui::BeginChild("##scrollback", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  bool focused = ImGui::IsWindowFocused();
  if (focused) take_keys(lab);
  const std::vector<lab::TerminalLine>& lines = lab.terminal();
  ImGuiListClipper clipper;
  clipper.Begin(int(lines.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const lab::TerminalLine& l = lines[usize(i)];
      bool last = i + 1 == int(lines.size());
      if (g_input.show_pids) {
        if (l.pid > 0 && !l.text.empty()) {
          ImGui::TextColored(ImColor(pid_colour(l.pid)), "%5d", l.pid);
        } else {
          ImGui::TextDisabled("%5s", "");
        }
        ImGui::SameLine();
      }
      ImGui::PushStyleColor(ImGuiCol_Text, l.pid > 0 ? pid_colour(l.pid) : IM_COL32(220, 220, 220, 255));
      ImGui::TextUnformatted(l.text.c_str(), l.text.c_str() + l.text.size());
      ImGui::PopStyleColor();
      if (last) {
        // The line being typed, with a block cursor when focused.
        ImGui::SameLine(0, 0);
        ImGui::TextUnformatted(g_input.line.c_str());
        if (focused) {
          ImGui::SameLine(0, 0);
          ImGui::TextUnformatted("_");
        }
      }
    }
  }
  if (lines.empty()) ImGui::TextUnformatted(g_input.line.c_str());
  if (g_input.follow && ImGui::GetScrollY() < ImGui::GetScrollMaxY()) ImGui::SetScrollHereY(1.0f);
  if (ImGui::GetIO().MouseWheel != 0 && ImGui::IsWindowHovered()) {
    g_input.follow = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1;
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace forklab::ui
