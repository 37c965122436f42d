// forklab-desktop: the lab in a native window (GLFW + OpenGL 3).
//
//   forklab-desktop [--frames N] [--screenshot FILE.png] [--size WxH]
//                   [--load FILE]... [--run] [--layout NAME] [--select PID]
//                   [--speed X] [--query WHAT[:ARG]]...
//
// --frames N renders N frames and exits (used by the Xvfb smoke test);
// --screenshot saves the last of them. --load puts a host file into
// /home/student (C source opens in the editor; an executable runs as it
// is), --run starts it. --query prints what the JS API's query(WHAT, ARG)
// would answer, one JSON line each, after the last frame: the native
// equivalent of the page's API.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/glfw_app.h"
#include "app/png_writer.h"

namespace {

struct DesktopOptions {
  long frames = -1;  // -1: run until the window is closed
  std::string screenshot;
  std::vector<std::string> loads;
  bool run = false;
  std::string layout;
  long select = 0;
  std::vector<std::string> queries;
  std::string speed;  // virtual seconds per host second
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
    } else if (std::strcmp(arg, "--load") == 0 && value) {
      out.loads.push_back(value);
      ++i;
    } else if (std::strcmp(arg, "--speed") == 0 && value) {
      out.speed = value;
      ++i;
    } else if (std::strcmp(arg, "--run") == 0) {
      out.run = true;
    } else if (std::strcmp(arg, "--layout") == 0 && value) {
      out.layout = value;
      ++i;
    } else if (std::strcmp(arg, "--select") == 0 && value) {
      out.select = std::strtol(value, nullptr, 10);
      ++i;
    } else if (std::strcmp(arg, "--query") == 0 && value) {
      out.queries.push_back(value);
      ++i;
    } else if (std::strcmp(arg, "--size") == 0 && value &&
               std::sscanf(value, "%dx%d", &out.width, &out.height) == 2) {
      ++i;
    } else {
      std::fprintf(stderr, "forklab: unknown or incomplete option '%s'\n"
                           "usage: forklab-desktop [--frames N] [--screenshot FILE.png] [--size WxH]\n"
                           "         [--load FILE]... [--run] [--layout NAME] [--select PID] [--speed X] [--query WHAT[:ARG]]...\n",
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

  forklab::ui::LabUi& ui = app.ui();
  for (const std::string& path : options.loads) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "forklab: cannot read %s\n", path.c_str());
      return 125;
    }
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    ui.command("load", path.substr(path.find_last_of('/') + 1) + "\n" + bytes, 0, 0);
  }
  if (options.run) ui.command("restart", "", 0, 0);
  if (!options.layout.empty() && !ui.apply_layout(options.layout)) {
    std::fprintf(stderr, "forklab: no layout '%s' (overview, memory, files, lesson)\n", options.layout.c_str());
    return 125;
  }
  if (options.select) ui.command("select", "", options.select, 0);
  if (!options.speed.empty()) ui.command("speed", options.speed, 0, 0);

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
  for (const std::string& q : options.queries) {
    std::size_t colon = q.find(':');
    long long arg = colon == std::string::npos ? 0 : std::strtoll(q.c_str() + colon + 1, nullptr, 10);
    std::printf("%s\n", ui.query(q.substr(0, colon), arg).c_str());
  }
  app.shutdown();
  return status;
}
