#include "ui/timeline_panel.h"

#include <imgui.h>

#include <algorithm>
#include <map>

#include "kernel/kernel.h"

namespace forklab::ui {
namespace {

bool on_timeline(kernel::EventKind kind) {
  using K = kernel::EventKind;
  switch (kind) {
    case K::fork: case K::exec: case K::exit: case K::zombie: case K::reap: case K::reparent:
    case K::signal_sent: case K::signal_delivered: case K::cow_copy: case K::oom_kill: case K::fork_failed:
      return true;
    default:
      return false;
  }
}

unsigned mark_colour(kernel::EventKind kind) {
  using K = kernel::EventKind;
  switch (kind) {
    case K::fork: return IM_COL32(120, 220, 120, 255);
    case K::exec: return IM_COL32(120, 180, 255, 255);
    case K::exit: case K::zombie: return IM_COL32(255, 90, 90, 255);
    case K::reap: return IM_COL32(200, 200, 200, 255);
    case K::reparent: return IM_COL32(255, 170, 60, 255);
    case K::cow_copy: return IM_COL32(220, 120, 255, 255);
    default: return IM_COL32(250, 230, 90, 255);
  }
}

}  // namespace

void draw_timeline_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Fork timeline###timeline", open)) {
    ImGui::End();
    return;
  }
  const kernel::Kernel& k = context.lab.session().kernel();
  const kernel::EventLog& log = k.events;
  // Lanes: one per pid that has a mark, in pid order.
  std::map<i32, int> lanes;
  std::vector<const kernel::Event*> marks;
  usize start = log.size() > 50000 ? log.size() - 50000 : 0;
  for (usize i = start; i < log.size(); ++i) {
    const kernel::Event& e = log.at(i);
    if (!on_timeline(e.kind) || e.pid <= 0) continue;
    marks.push_back(&e);
    lanes.emplace(e.pid, 0);
  }
  int lane = 0;
  for (auto& [pid, index] : lanes) index = lane++;
  u64 t0 = marks.empty() ? 0 : marks.front()->time_ns;
  u64 t1 = std::max<u64>(kernel::now_ns(k), t0 + 1);
  ImGui::TextDisabled("%zu marks over %.3f s virtual; hover a mark, click to select its process", marks.size(),
                      double(t1 - t0) / 1e9);
  ImGui::BeginChild("##lanes", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float label_w = 70, lane_h = ImGui::GetTextLineHeight() + 6;
  float width = std::max(200.0f, ImGui::GetContentRegionAvail().x - label_w - 10);
  for (auto& [pid, index] : lanes) {
    float y = origin.y + float(index) * lane_h;
    draw->AddText(ImVec2(origin.x, y), pid_colour(pid), ("pid " + std::to_string(pid)).c_str());
    draw->AddLine(ImVec2(origin.x + label_w, y + lane_h / 2), ImVec2(origin.x + label_w + width, y + lane_h / 2),
                  IM_COL32(90, 90, 90, 255));
  }
  ImVec2 mouse = ImGui::GetIO().MousePos;
  const kernel::Event* hovered = nullptr;
  for (const kernel::Event* e : marks) {
    float x = origin.x + label_w + width * float(double(e->time_ns - t0) / double(t1 - t0));
    float y = origin.y + float(lanes[e->pid]) * lane_h + lane_h / 2;
    draw->AddCircleFilled(ImVec2(x, y), 4, mark_colour(e->kind));
    if (std::abs(mouse.x - x) < 5 && std::abs(mouse.y - y) < 6) hovered = e;
  }
  ImGui::Dummy(ImVec2(label_w + width, float(lanes.size()) * lane_h));
  if (hovered && ImGui::IsWindowHovered()) {
    ImGui::SetTooltip("%s", kernel::event_to_json(log, *hovered).c_str());
    if (ImGui::IsMouseClicked(0)) context.view.selected_pid = hovered->pid;
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace forklab::ui
