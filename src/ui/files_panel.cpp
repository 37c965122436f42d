#include "ui/files_panel.h"

#include <imgui.h>

namespace forklab::ui {

void draw_files_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Files###files", open)) {
    ImGui::End();
    return;
  }
  i32 pid = context.view.selected_pid;
  std::vector<lab::FdRow> fds = lab::snapshot_fds(context.lab.session().kernel(), pid);
  ImGui::Text("pid %d: %zu open fds", pid, fds.size());
  ImGui::TextDisabled("fds pointing at the same open file description share its offset (after fork, dup)");
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY;
  if (ImGui::BeginTable("##fds", 6, flags)) {
    ImGui::TableSetupColumn("fd");
    ImGui::TableSetupColumn("description");
    ImGui::TableSetupColumn("kind");
    ImGui::TableSetupColumn("path");
    ImGui::TableSetupColumn("offset");
    ImGui::TableSetupColumn("shared by");
    ImGui::TableHeadersRow();
    for (const lab::FdRow& f : fds) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%d%s", f.fd, f.cloexec ? " (cloexec)" : "");
      ImGui::TableNextColumn();
      // The description's number coloured alike wherever it appears.
      ImGui::TextColored(ImColor(pid_colour(i32(f.description) + 1)), "#%u", f.description);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(f.kind.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(f.path.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%llu", static_cast<unsigned long long>(f.offset));
      ImGui::TableNextColumn();
      ImGui::Text(f.sharers > 1 ? "%u fds" : "%u fd", f.sharers);
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace forklab::ui
