// The whole lab window: menu bar plus panels. The same code runs in the
// desktop app and on the web page; the entry points in app/ only set up the
// platform (window, GL context, main loop) and call draw_frame() each frame.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lab/lab.h"
#include "ui/editor_panel.h"
#include "ui/frame_stats.h"
#include "ui/panel.h"

namespace forklab::ui {

// Where a panel's window is on screen, as the last frame drew it.
struct WindowRect {
  std::string id;
  float x = 0, y = 0, w = 0, h = 0;
  bool open = false;
};

class LabUi {
 public:
  explicit LabUi(const lab::LabSettings& settings = {});

  // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
  void draw_frame();

  // Runs the machine a slice of guest instructions when it is running
  // (the speed setting says how many per frame).
  void run_machine();
  lab::Lab& lab() { return lab_; }
  const MachineView& machine_view() const { return machine_; }

  // Record how long the last frame took (host milliseconds) and the display.
  void record_frame(float ms, float width, float height, float pixel_ratio);

  const std::vector<Panel>& panels() const { return panels_; }
  // Shows or hides a panel by id; false when no panel has that id.
  bool set_panel_open(std::string_view id, bool open);
  // Places the windows as a preset says: "overview", "memory", "files",
  // "lesson" (SPEC §6.1); false for an unknown name.
  bool apply_layout(std::string_view name);

  // The JS API's query (SPEC §6.2): the lab's own queries plus the UI's
  // ("editor", "windows", "selection").
  std::string query(std::string_view what, i64 arg);
  // The JS API's commands: "load" (JSON is not parsed here: name + text),
  // "run", "pause", "step" (kind), "step_back", "reset", "type", "signal"
  // (pid, sig), "select" (pid), "layout" (name), "panel" (id, open), "speed".
  // Returns JSON: {"ok":bool,...}.
  std::string command(std::string_view name, std::string_view text, i64 a, i64 b);

  EditorState& editor() { return editor_; }
  SharedView& view() { return view_; }

 private:
  void draw_menu_bar();
  void refresh_view();

  lab::Lab lab_;
  std::vector<Panel> panels_;
  FrameStats stats_;
  MachineView machine_;
  SharedView view_;
  EditorState editor_;
  std::vector<WindowRect> windows_;
  u64 table_instret_ = ~0ull;
  u64 table_generation_ = ~0ull;
  double table_taken_at_ = -1;
  bool show_imgui_demo_ = false;
  bool show_about_ = false;
};

}  // namespace forklab::ui
