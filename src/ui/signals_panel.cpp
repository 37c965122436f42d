#include "ui/signals_panel.h"

#include <imgui.h>

#include "kernel/abi/signal.h"

namespace forklab::ui {

void draw_signals_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Signals###signals", open)) {
    ImGui::End();
    return;
  }
  i32 pid = context.view.selected_pid;
  lab::SignalView v = lab::snapshot_signals(context.lab.session().kernel(), pid);
  static int sig = ABI_SIGTERM;
  ImGui::Text("pid %d", pid);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(160);
  std::string current = lab::signal_name(sig);
  if (ImGui::BeginCombo("##sig", current.c_str())) {
    for (int s = 1; s <= ABI_NSIG; ++s) {
      std::string name = std::to_string(s) + " " + lab::signal_name(s);
      if (ImGui::Selectable(name.c_str(), s == sig)) sig = s;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  static std::string outcome;
  if (ImGui::Button("Send")) {
    outcome = context.lab.send_signal(pid, sig) ? "sent " + lab::signal_name(sig) + " to " + std::to_string(pid)
                                                : "no live process " + std::to_string(pid);
  }
  if (!outcome.empty()) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", outcome.c_str());
  }
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("##signals", 4, flags)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("signal");
    ImGui::TableSetupColumn("handler");
    ImGui::TableSetupColumn("blocked");
    ImGui::TableSetupColumn("pending");
    ImGui::TableHeadersRow();
    for (int s = 1; s <= ABI_NSIG; ++s) {
      u64 bit = u64(1) << (s - 1);
      u32 handler = v.handler[usize(s - 1)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%2d %s", s, lab::signal_name(s).c_str());
      ImGui::TableNextColumn();
      if (handler == ABI_SIG_DFL) {
        ImGui::TextDisabled("default");
      } else if (handler == ABI_SIG_IGN) {
        ImGui::TextUnformatted("ignore");
      } else {
        ImGui::Text("handler %08x", handler);
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(v.blocked & bit ? "blocked" : "");
      ImGui::TableNextColumn();
      if (v.pending & bit) ImGui::TextColored(ImVec4(1, 0.6f, 0.2f, 1), "pending");
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace forklab::ui
