#include "app/glfw_app.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#define GLFW_INCLUDE_NONE
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#else
#include <GL/gl.h>
#endif
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "ui/keys.h"

namespace forklab::app {
namespace {

void report_glfw_error(int code, const char* description) {
  std::fprintf(stderr, "forklab: GLFW error %d: %s\n", code, description);
}

#ifdef __EMSCRIPTEN__
// Keeps the canvas backing store at the page size × devicePixelRatio, so the
// lab fills the page and stays sharp on high-DPI screens. Returns the ratio.
float fit_canvas_to_page(GLFWwindow* window) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  float ratio = float(emscripten_get_device_pixel_ratio());
  int want_w = int(css_w * ratio), want_h = int(css_h * ratio);
  int have_w = 0, have_h = 0;
  glfwGetWindowSize(window, &have_w, &have_h);
  if (want_w > 0 && want_h > 0 && (want_w != have_w || want_h != have_h)) {
    glfwSetWindowSize(window, want_w, want_h);
  }
  return ratio > 0 ? ratio : 1.0f;
}
#endif

}  // namespace

bool GlfwApp::init(const WindowOptions& options) {
  glfwSetErrorCallback(report_glfw_error);
  if (!glfwInit()) return false;
#ifdef __EMSCRIPTEN__
  const char* glsl_version = "#version 300 es";
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
#else
  const char* glsl_version = "#version 130";
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
#endif
  window_ = glfwCreateWindow(options.width, options.height, "ForkLab", nullptr, nullptr);
  if (!window_) {
    glfwTerminate();
    return false;
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = options.ini_file;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::StyleColorsDark();
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init(glsl_version);
  last_frame_ = std::chrono::steady_clock::now();
  ui::PlatformKeys& keys = ui::platform_keys();
  keys.f5 = GLFW_KEY_F5, keys.f6 = GLFW_KEY_F6, keys.f10 = GLFW_KEY_F10, keys.letter_a = GLFW_KEY_A;
  ui_.lab().run();  // the machine is on: the shell waits at its prompt
  return true;
}

void GlfwApp::shutdown() {
  if (!window_) return;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window_);
  glfwTerminate();
  window_ = nullptr;
}

bool GlfwApp::should_close() const { return glfwWindowShouldClose(window_); }

void GlfwApp::frame(Capture* capture) {
  glfwPollEvents();
#ifdef __EMSCRIPTEN__
  pixel_ratio_ = fit_canvas_to_page(window_);
#endif
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
#ifdef __EMSCRIPTEN__
  // The canvas is sized in device pixels; lay out in CSS pixels and let the
  // renderer scale up, so text keeps its size on high-DPI screens.
  if (pixel_ratio_ != 1.0f) {
    io.DisplaySize = ImVec2(io.DisplaySize.x / pixel_ratio_, io.DisplaySize.y / pixel_ratio_);
    io.DisplayFramebufferScale = ImVec2(pixel_ratio_, pixel_ratio_);
    if (io.MousePos.x != -FLT_MAX) {
      io.MousePos = ImVec2(io.MousePos.x / pixel_ratio_, io.MousePos.y / pixel_ratio_);
    }
  }
#else
  pixel_ratio_ = io.DisplayFramebufferScale.x;
#endif
  ui_.run_machine();  // a slice of guest instructions, then the frame
  ImGui::NewFrame();
  ui_.draw_frame();
  ImGui::Render();

  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(window_, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  glClearColor(0.10f, 0.11f, 0.13f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (capture) read_pixels(*capture);
  glfwSwapBuffers(window_);

  auto now = std::chrono::steady_clock::now();
  float ms = std::chrono::duration<float, std::milli>(now - last_frame_).count();
  last_frame_ = now;
  ui_.record_frame(ms, io.DisplaySize.x, io.DisplaySize.y, pixel_ratio_);
}

void GlfwApp::read_pixels(Capture& capture) const {
  glfwGetFramebufferSize(window_, &capture.width, &capture.height);
  std::vector<u8>& rgba = capture.rgba;
  rgba.assign(usize(capture.width) * usize(capture.height) * 4, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, capture.width, capture.height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  // OpenGL's rows run bottom to top; images run top to bottom.
  usize row = usize(capture.width) * 4;
  for (int y = 0; y < capture.height / 2; ++y) {
    std::swap_ranges(rgba.begin() + y * row, rgba.begin() + (y + 1) * row,
                     rgba.begin() + (capture.height - 1 - y) * row);
  }
}

}  // namespace forklab::app
