#include "ui/pstree_panel.h"

#include <imgui.h>

#include <map>

#include "lab/query.h"

namespace forklab::ui {
namespace {

struct TreeRow {
  usize index;  // in the process table
  int depth;
};

// The tree flattened in drawing order (parents before their children), so
// a thousand processes draw through a list clipper.
std::vector<TreeRow> flatten(const lab::ProcessTable& t) {
  std::map<i32, usize> by_pid;
  std::multimap<i32, usize> children;
  for (usize i = 0; i < t.rows.size(); ++i) by_pid[t.rows[i].pid] = i;
  for (usize i = 0; i < t.rows.size(); ++i) {
    if (by_pid.count(t.rows[i].ppid) && t.rows[i].ppid != t.rows[i].pid) children.emplace(t.rows[i].ppid, i);
  }
  std::vector<TreeRow> rows;
  std::vector<TreeRow> stack;
  for (usize i = t.rows.size(); i-- > 0;) {
    if (!by_pid.count(t.rows[i].ppid) || t.rows[i].ppid == t.rows[i].pid) stack.push_back({i, 0});
  }
  while (!stack.empty() && rows.size() <= t.rows.size()) {
    TreeRow r = stack.back();
    stack.pop_back();
    rows.push_back(r);
    auto [from, to] = children.equal_range(t.rows[r.index].pid);
    std::vector<usize> kids;
    for (auto it = from; it != to; ++it) kids.push_back(it->second);
    for (usize k = kids.size(); k-- > 0;) stack.push_back({kids[k], r.depth + 1});
  }
  return rows;
}

}  // namespace

void draw_pstree_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Process tree###pstree", open)) {
    ImGui::End();
    return;
  }
  static u64 flattened_generation = ~0ull;
  static std::vector<TreeRow> rows;
  const lab::ProcessTable& t = context.view.table;
  if (flattened_generation != context.view.generation) {
    rows = flatten(t);
    flattened_generation = context.view.generation;
  }
  ImGui::TextDisabled("%zu processes; edges say what fork() returned on each side", t.rows.size());
  ImGui::BeginChild("##tree", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
  float indent = ImGui::GetFontSize() * 1.5f;
  ImGuiListClipper clipper;
  clipper.Begin(int(rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const TreeRow& tr = rows[usize(i)];
      const lab::ProcessRow& r = t.rows[tr.index];
      ImGui::PushID(r.pid);
      if (tr.depth > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent * float(tr.depth));
      bool selected = context.view.selected_pid == r.pid;
      char label[96];
      std::snprintf(label, sizeof label, "%s%s(%d)", tr.depth > 0 ? "`- " : "", r.name.c_str(), r.pid);
      ImGui::PushStyleColor(ImGuiCol_Text, pid_colour(r.pid));
      if (ImGui::Selectable(label, selected, 0, ImVec2(ImGui::CalcTextSize(label).x, 0))) {
        context.view.selected_pid = r.pid;
      }
      ImGui::PopStyleColor();
      ImGui::SameLine();
      ImGui::TextColored(ImColor(state_colour(r.state)), "%c%s", r.state, r.state == 'Z' ? " zombie" : "");
      if (r.adopted) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1, 0.7f, 0.3f, 1), "orphan, adopted by init");
      }
      if (r.fork_return != 0) {
        // In the parent fork() returned the child's pid; in the child, 0.
        ImGui::SameLine();
        ImGui::TextDisabled("parent: %s | child: %s", lab::fork_label_in_parent(r).c_str(),
                            lab::fork_label_in_child(r).c_str());
      }
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace forklab::ui
