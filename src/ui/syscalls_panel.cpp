#include "ui/syscalls_panel.h"

#include <imgui.h>

#include "kernel/kernel.h"

namespace forklab::ui {
namespace {

struct SyscallLine {
  i32 pid;
  std::string text;
};

// strace-like lines from the event ring: an enter event with its args,
// completed by the matching exit's result.
std::vector<SyscallLine> syscall_lines(const kernel::Kernel& k, i32 only_pid, usize max_lines) {
  std::vector<SyscallLine> lines;
  const kernel::EventLog& log = k.events;
  usize start = log.size() > 20000 ? log.size() - 20000 : 0;
  std::vector<std::pair<i32, usize>> open;  // pid, line index awaiting its result
  for (usize i = start; i < log.size(); ++i) {
    const kernel::Event& e = log.at(i);
    if (only_pid && e.pid != only_pid) continue;
    if (e.kind == kernel::EventKind::syscall_enter) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "%s(%#x, %#x, %#x)", kernel::syscall_name(e.f[0]), e.f[1], e.f[2], e.f[3]);
      open.emplace_back(e.pid, lines.size());
      lines.push_back({e.pid, buf});
    } else if (e.kind == kernel::EventKind::syscall_exit) {
      for (usize j = open.size(); j-- > 0;) {
        if (open[j].first != e.pid) continue;
        i32 result = i32(e.f[1]);
        lines[open[j].second].text += " = " + std::to_string(result);
        open.erase(open.begin() + long(j));
        break;
      }
    }
  }
  if (lines.size() > max_lines) lines.erase(lines.begin(), lines.end() - long(max_lines));
  return lines;
}

}  // namespace

void draw_syscalls_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Syscalls###syscalls", open)) {
    ImGui::End();
    return;
  }
  static bool all = false;
  ImGui::Checkbox("all processes", &all);
  ImGui::SameLine();
  ImGui::TextDisabled("selected: pid %d", context.view.selected_pid);
  static u64 made_for = ~0ull;
  static bool made_all = false;
  static i32 made_pid = -1;
  static std::vector<SyscallLine> lines;
  if (made_for != context.view.generation || made_all != all || made_pid != context.view.selected_pid) {
    lines = syscall_lines(context.lab.session().kernel(), all ? 0 : context.view.selected_pid, 5000);
    made_for = context.view.generation, made_all = all, made_pid = context.view.selected_pid;
  }
  ImGui::BeginChild("##syscalls", ImVec2(0, 0), true);
  ImGuiListClipper clipper;
  clipper.Begin(int(lines.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::TextColored(ImColor(pid_colour(lines[usize(i)].pid)), "[%d]", lines[usize(i)].pid);
      ImGui::SameLine();
      ImGui::TextUnformatted(lines[usize(i)].text.c_str());
    }
  }
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 20) ImGui::SetScrollHereY(1.0f);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace forklab::ui
