// forklab-desktop: the lab in a native window (GLFW + OpenGL 3).
//
//   forklab-desktop [--frames N] [--screenshot FILE.png] [--size WxH]
//
// --frames N renders N frames and exits (used by the Xvfb smoke test);
// --screenshot saves the last of them.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "app/glfw_app.h"
#include "app/png_writer.h"

namespace {

struct DesktopOptions {
  long frames = -1;  // -1: run until the window is closed
  std::string screenshot;
  int width = 1280;
  int height = 720;
};

bool parse_options(int argc, char** argv, DesktopOptions& out) {
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    if (std::strcmp(arg, "--frames") == 0 && value) {
      out.frames = std::strtol(value, nullptr, 10);
      ++i;
    } else if (std::strcmp(arg, "--screenshot") == 0 && value) {
      out.screenshot = value;
      ++i;
    } else if (std::strcmp(arg, "--size") == 0 && value &&
               std::sscanf(value, "%dx%d", &out.width, &out.height) == 2) {
      ++i;
    } else {
      std::fprintf(stderr, "forklab: unknown or incomplete option '%s'\n"
                           "usage: forklab-desktop [--frames N] [--screenshot FILE.png] [--size WxH]\n",
                   arg);
      return false;
    }
  }
  if (!out.screenshot.empty() && out.frames < 0) out.frames = 10;
  return out.frames != 0 && out.width > 0 && out.height > 0;
}

}  // namespace

int main(int argc, char** argv) {
  DesktopOptions options;
  if (!parse_options(argc, argv, options)) return 125;

  forklab::app::WindowOptions window;
  window.width = options.width;
  window.height = options.height;
  window.ini_file = options.frames < 0 ? "forklab-layout.ini" : nullptr;
  forklab::app::GlfwApp app;
  if (!app.init(window)) {
    std::fprintf(stderr, "forklab: cannot open a window with an OpenGL 3 context\n");
    return 125;
  }

  forklab::app::Capture capture;
  for (long n = 1; !app.should_close(); ++n) {
    bool last = options.frames > 0 && n == options.frames;
    app.frame(last && !options.screenshot.empty() ? &capture : nullptr);
    if (last) break;
  }

  int status = 0;
  if (!options.screenshot.empty()) {
    forklab::Status written =
        forklab::app::write_png(options.screenshot, capture.rgba, capture.width, capture.height);
    if (!written) {
      std::fprintf(stderr, "forklab: %s\n", written.error().message.c_str());
      status = 125;
    }
  }
  app.shutdown();
  return status;
}
