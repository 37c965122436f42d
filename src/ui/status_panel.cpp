#include "ui/status_panel.h"

#include <imgui.h>

#include "base/version.h"
#include "ui/frame_stats.h"

namespace forklab::ui {

void draw_status_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Status###status", open)) {
    ImGui::End();
    return;
  }
  const FrameStats& s = context.stats;
  ImGui::Text("ForkLab %s (%s build)", version_string(), build_kind());
  ImGui::Text("Dear ImGui %s", ImGui::GetVersion());
  ImGui::Separator();
  float avg = s.average_ms();
  ImGui::Text("frame time: %.2f ms avg, %.2f ms max (%.0f fps)", avg, s.max_ms(),
              avg > 0 ? 1000.0f / avg : 0.0f);
  // The plot shows the ring in time order, oldest first.
  int offset = s.count < FrameStats::kHistory ? 0 : s.next;
  ImGui::PlotLines("##frame_ms", s.frame_ms.data(), s.count, offset, "frame ms", 0.0f, 50.0f,
                   ImVec2(ImGui::GetContentRegionAvail().x, 60));
  ImGui::Text("frames drawn: %lld", s.frames);
  ImGui::Text("display: %.0f x %.0f at %.2fx", s.display_width, s.display_height, s.pixel_ratio);
  ImGui::Separator();
  const MachineView& m = context.machine;
  ImGui::Text("machine: %u processes, %llu instructions, %.3f s virtual time", m.processes, m.instret,
              double(m.time_ns) / 1e9);
  ImGui::Text("guest speed: %.0f MIPS (last frame)", m.mips);
  ImGui::End();
}

}  // namespace forklab::ui
