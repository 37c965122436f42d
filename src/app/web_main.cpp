// The web lab's entry point (emscripten). The page (web/index.html) owns the
// canvas and the loading bar; this file runs the frame loop and tells the page
// when the first frame has been drawn, which resolves window.forklab.ready.
#include <cstdio>

#include <emscripten.h>

#include "app/glfw_app.h"

namespace {

forklab::app::GlfwApp app;
bool first_frame_done = false;

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

int main() {
  forklab::app::WindowOptions window;
  if (!app.init(window)) {
    EM_ASM({
      if (Module.onStartFailure) Module.onStartFailure("WebGL 2 is not available in this browser");
    });
    return 1;
  }
  emscripten_set_main_loop(run_frame, 0, false);
  return 0;
}
