// The web lab's entry point (emscripten). The page (web/index.html) owns the
// canvas and the loading bar; this file runs the frame loop, tells the page
// when the first frame has been drawn (which resolves window.forklab.ready),
// and exports the C functions behind the JS API (SPEC §6.2).
#include <cstdio>
#include <string>

#include <emscripten.h>

#include "app/glfw_app.h"

namespace {

forklab::app::GlfwApp app;
bool first_frame_done = false;
std::string reply;  // the last answer handed to JS (valid until the next call)

void run_frame() {
  app.frame();
  if (!first_frame_done) {
    first_frame_done = true;
    EM_ASM({
      if (Module.onFirstFrame) Module.onFirstFrame();
    });
  }
}

}  // namespace

// The JS API's calls. Each returns JSON that the page parses.
extern "C" {

EMSCRIPTEN_KEEPALIVE const char* forklab_query(const char* what, double arg) {
  reply = app.ui().query(what, static_cast<long long>(arg));
  return reply.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* forklab_command(const char* name, const char* text, double a, double b) {
  reply = app.ui().command(name, text, static_cast<long long>(a), static_cast<long long>(b));
  return reply.c_str();
}

// load() with bytes (an executable): `size` bytes at `data` become /home/student/NAME.
EMSCRIPTEN_KEEPALIVE const char* forklab_load_bytes(const char* name, const char* data, int size) {
  std::string text = std::string(name) + "\n" + std::string(data, data + (size > 0 ? size : 0));
  reply = app.ui().command("load", text, 0, 0);
  return reply.c_str();
}

}  // extern "C"

int main() {
  forklab::app::WindowOptions window;
  if (!app.init(window)) {
    EM_ASM({
      if (Module.onStartFailure) Module.onStartFailure("WebGL 2 is not available in this browser");
    });
    return 1;
  }
  // Events for the page's forklab.on(event, fn).
  app.ui().lab().on_notify = [](std::string_view event, std::string_view json) {
    std::string e(event), j(json);
    EM_ASM({
      if (Module.onLabEvent) Module.onLabEvent(UTF8ToString($0), UTF8ToString($1));
    }, e.c_str(), j.c_str());
  };
  emscripten_set_main_loop(run_frame, 0, false);
  return 0;
}
