// The whole lab window: menu bar plus panels. The same code runs in the
// desktop app and on the web page; the entry points in app/ only set up the
// platform (window, GL context, main loop) and call draw_frame() each frame.
#pragma once

#include <string_view>
#include <vector>

#include "ui/frame_stats.h"
#include "ui/panel.h"

namespace forklab::ui {

class LabUi {
 public:
  LabUi();

  // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
  void draw_frame();

  // Record how long the last frame took (host milliseconds) and the display.
  void record_frame(float ms, float width, float height, float pixel_ratio);

  const std::vector<Panel>& panels() const { return panels_; }
  // Shows or hides a panel by id; false when no panel has that id.
  bool set_panel_open(std::string_view id, bool open);

 private:
  void draw_menu_bar();

  std::vector<Panel> panels_;
  FrameStats stats_;
  bool show_imgui_demo_ = false;
  bool show_about_ = false;
};

}  // namespace forklab::ui
