#include "ui/schedules_panel.h"

#include <imgui.h>

#include <algorithm>

#include "ui/editor_panel.h"

namespace forklab::ui {

void draw_schedules_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Schedules###schedules", open)) {
    ImGui::End();
    return;
  }
  lab::ScheduleExplorer& explorer = context.view.schedules;
  static int seeds = 20;
  ImGui::SetNextItemWidth(120);
  ImGui::InputInt("seeds", &seeds);
  seeds = std::clamp(seeds, 1, 1000);
  ImGui::SameLine();
  if (ImGui::Button("Explore")) {
    context.editor.save_to(context.lab);
    explorer.start(context.lab.files(), seeds);
  }
  ImGui::TextDisabled("each seed of the random scheduler runs the program once (one run per frame)");
  if (!explorer.error().empty()) ImGui::TextColored(ImVec4(1, 0.4f, 0.4f, 1), "%s", explorer.error().c_str());
  if (explorer.runs_total() > 0) {
    ImGui::ProgressBar(float(explorer.runs_done()) / float(explorer.runs_total()), ImVec2(-1, 0));
  }
  std::vector<lab::ScheduleOutcome> outcomes = explorer.outcomes();
  ImGui::Text("%zu distinct output%s", outcomes.size(), outcomes.size() == 1 ? "" : "s");
  ImGui::BeginChild("##outcomes", ImVec2(0, 0), true);
  for (usize i = 0; i < outcomes.size(); ++i) {
    const lab::ScheduleOutcome& o = outcomes[i];
    ImGui::PushID(int(i));
    ImGui::Text("%zu run%s (seed %llu%s)", o.seeds.size(), o.seeds.size() == 1 ? "" : "s",
                static_cast<unsigned long long>(o.seeds[0]), o.seeds.size() > 1 ? ", ..." : "");
    ImGui::SameLine();
    if (ImGui::SmallButton("use this seed")) {
      context.lab.settings().policy = kernel::SchedPolicy::random;
      context.lab.settings().seed = o.seeds[0];
    }
    ImGui::Indent();
    ImGui::TextUnformatted(o.output.c_str(), o.output.c_str() + o.output.size());
    ImGui::Unindent();
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace forklab::ui
