// The platform layer shared by the desktop app and the web page: a GLFW
// window with an OpenGL 3 (WebGL 2) context, Dear ImGui on top, and the lab UI.
#pragma once

#include <chrono>
#include <vector>

#include "base/types.h"
#include "ui/lab_ui.h"

struct GLFWwindow;

namespace forklab::app {

struct WindowOptions {
  int width = 1280;
  int height = 720;
  bool visible = true;
  const char* ini_file = nullptr;  // where ImGui keeps window positions; null: none
};

// One rendered frame as tightly packed RGBA rows, top row first.
struct Capture {
  std::vector<u8> rgba;
  int width = 0;
  int height = 0;
};

class GlfwApp {
 public:
  // Creates the window and initialises ImGui; false (with a message on
  // stderr) when no window or GL context can be had.
  bool init(const WindowOptions& options);
  void shutdown();

  // Polls input, builds and renders one frame, swaps buffers. With a
  // capture, also reads the frame back (before the swap, while it is defined).
  void frame(Capture* capture = nullptr);
  bool should_close() const;

  ui::LabUi& ui() { return ui_; }

 private:
  void read_pixels(Capture& capture) const;

  GLFWwindow* window_ = nullptr;
  ui::LabUi ui_;
  std::chrono::steady_clock::time_point last_frame_{};
  float pixel_ratio_ = 1;
};

}  // namespace forklab::app
