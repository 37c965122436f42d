#include "ui/lab_ui.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "base/version.h"
#include "kernel/event.h"
#include "ui/controls_panel.h"
#include "ui/cpu_panel.h"
#include "ui/files_panel.h"
#include "ui/keys.h"
#include "ui/memory_panel.h"
#include "ui/ps_panel.h"
#include "ui/schedules_panel.h"
#include "ui/pstree_panel.h"
#include "ui/signals_panel.h"
#include "ui/status_panel.h"
#include "ui/syscalls_panel.h"
#include "ui/terminal_panel.h"
#include "ui/timeline_panel.h"

namespace forklab::ui {
namespace {

// The window the next begin_panel() opens, set by draw_frame().
const Panel* g_drawing = nullptr;
bool g_relayout = false;
std::vector<WindowRect>* g_windows = nullptr;

double host_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Preset {
  const char* name;
  struct Place {
    const char* id;
    PanelRect rect;
  };
  std::vector<Place> places;  // panels not listed are closed
};

// The presets place windows on a grid (ImGui 1.86 has no docking).
const std::vector<Preset>& presets() {
  static const std::vector<Preset> kPresets = {
      {"overview",
       {{"editor", {0.00f, 0.00f, 0.34f, 0.62f}},
        {"controls", {0.00f, 0.62f, 0.34f, 0.38f}},
        {"terminal", {0.34f, 0.00f, 0.33f, 0.50f}},
        {"pstree", {0.34f, 0.50f, 0.33f, 0.50f}},
        {"ps", {0.67f, 0.00f, 0.33f, 0.50f}},
        {"memory", {0.67f, 0.50f, 0.33f, 0.50f}}}},
      {"memory",
       {{"controls", {0.00f, 0.00f, 0.30f, 0.35f}},
        {"pstree", {0.00f, 0.35f, 0.30f, 0.30f}},
        {"terminal", {0.00f, 0.65f, 0.30f, 0.35f}},
        {"memory", {0.30f, 0.00f, 0.45f, 1.00f}},
        {"timeline", {0.75f, 0.00f, 0.25f, 0.50f}},
        {"cpu", {0.75f, 0.50f, 0.25f, 0.50f}}}},
      {"files",
       {{"controls", {0.00f, 0.00f, 0.30f, 0.35f}},
        {"terminal", {0.00f, 0.35f, 0.30f, 0.65f}},
        {"files", {0.30f, 0.00f, 0.40f, 0.50f}},
        {"signals", {0.30f, 0.50f, 0.40f, 0.50f}},
        {"pstree", {0.70f, 0.00f, 0.30f, 0.50f}},
        {"syscalls", {0.70f, 0.50f, 0.30f, 0.50f}}}},
      {"lesson",
       {{"editor", {0.00f, 0.00f, 0.40f, 0.65f}},
        {"controls", {0.00f, 0.65f, 0.40f, 0.35f}},
        {"terminal", {0.40f, 0.00f, 0.30f, 0.60f}},
        {"pstree", {0.40f, 0.60f, 0.30f, 0.40f}},
        {"ps", {0.70f, 0.00f, 0.30f, 0.50f}},
        {"schedules", {0.70f, 0.50f, 0.30f, 0.50f}}}},
  };
  return kPresets;
}

std::string json_bool(bool ok) { return ok ? "{\"ok\":true}" : "{\"ok\":false}"; }

}  // namespace

PlatformKeys& platform_keys() {
  static PlatformKeys keys;
  return keys;
}

bool begin_panel(const char* title_and_id, bool* open) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  if (g_drawing) {
    const PanelRect& r = g_drawing->rect;
    // Below the menu bar (the work area only knows of it from the second
    // frame on, too late for the first placement).
    float bar = ImGui::GetFrameHeight();
    ImVec2 origin(vp->Pos.x, vp->Pos.y + bar), size(vp->Size.x, vp->Size.y - bar);
    ImGuiCond cond = g_relayout ? ImGuiCond_Always : ImGuiCond_FirstUseEver;
    ImGui::SetNextWindowPos(ImVec2(origin.x + r.x * size.x, origin.y + r.y * size.y), cond);
    ImGui::SetNextWindowSize(ImVec2(r.w * size.x, r.h * size.y), cond);
  }
  bool visible = ImGui::Begin(title_and_id, open);
  if (g_drawing && g_windows) {
    ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    g_windows->push_back(WindowRect{g_drawing->id, pos.x, pos.y, size.x, size.y, visible});
  }
  return visible;
}

unsigned pid_colour(i32 pid) {
  // Well-spread hues from the pid, bright enough on the dark theme.
  static const unsigned kColours[] = {IM_COL32(120, 190, 255, 255), IM_COL32(255, 190, 90, 255),
                                      IM_COL32(140, 230, 140, 255), IM_COL32(235, 140, 235, 255),
                                      IM_COL32(120, 230, 220, 255), IM_COL32(250, 240, 120, 255),
                                      IM_COL32(255, 150, 150, 255), IM_COL32(190, 170, 255, 255)};
  if (pid <= 0) return IM_COL32(200, 200, 200, 255);
  return kColours[u32(pid) % (sizeof kColours / sizeof kColours[0])];
}

unsigned state_colour(char state) {
  switch (state) {
    case 'R': return IM_COL32(110, 220, 110, 255);
    case 'S': return IM_COL32(150, 180, 230, 255);
    case 'D': return IM_COL32(230, 200, 100, 255);
    case 'T': return IM_COL32(230, 150, 60, 255);
    case 'Z': return IM_COL32(255, 80, 80, 255);
  }
  return IM_COL32(200, 200, 200, 255);
}

LabUi::LabUi(const lab::LabSettings& settings) : lab_(settings) {
  panels_ = {
      Panel{"editor", "Editor", true, draw_editor_panel, {}},
      Panel{"controls", "Controls", true, draw_controls_panel, {}},
      Panel{"terminal", "Terminal", true, draw_terminal_panel, {}},
      Panel{"pstree", "Process tree", true, draw_pstree_panel, {}},
      Panel{"ps", "Processes", true, draw_ps_panel, {}},
      Panel{"memory", "Memory", true, draw_memory_panel, {}},
      Panel{"timeline", "Fork timeline", false, draw_timeline_panel, {}},
      Panel{"cpu", "CPU", false, draw_cpu_panel, {}},
      Panel{"syscalls", "Syscalls", false, draw_syscalls_panel, {}},
      Panel{"files", "Files", false, draw_files_panel, {}},
      Panel{"signals", "Signals", false, draw_signals_panel, {}},
      Panel{"schedules", "Schedules", false, draw_schedules_panel, {}},
      Panel{"status", "Status", false, draw_status_panel, {0.30f, 0.20f, 0.40f, 0.50f}},
  };
  apply_layout("overview");
  g_relayout = false;  // first use: windows saved in the ini file keep their places
}

bool LabUi::set_panel_open(std::string_view id, bool open) {
  for (Panel& p : panels_) {
    if (id == p.id) {
      p.open = open;
      return true;
    }
  }
  return false;
}

bool LabUi::apply_layout(std::string_view name) {
  for (const Preset& preset : presets()) {
    if (name != preset.name) continue;
    for (Panel& p : panels_) {
      if (std::string_view(p.id) == "status") continue;  // floats where it was
      p.open = false;
      for (const Preset::Place& place : preset.places) {
        if (std::string_view(place.id) == p.id) {
          p.open = true;
          p.rect = place.rect;
        }
      }
    }
    g_relayout = true;
    return true;
  }
  return false;
}

void LabUi::record_frame(float ms, float width, float height, float pixel_ratio) {
  stats_.add_frame(ms);
  stats_.display_width = width;
  stats_.display_height = height;
  stats_.pixel_ratio = pixel_ratio;
}

void LabUi::run_machine() {
  kernel::Kernel& k = lab_.session().kernel();
  u64 before = k.m.hart.instret;
  double start = host_seconds();
  // Real time at the chosen speed: as much virtual time as the last frame
  // took on the host (capped, so a slow frame does not jump ahead).
  double frame_s = stats_.count ? std::min(0.1, double(stats_.frame_ms[(stats_.next + FrameStats::kHistory - 1) %
                                                                       FrameStats::kHistory]) / 1000.0)
                                : 1.0 / 60;
  u64 virtual_ns = view_.speed > 0 ? std::max<u64>(1, u64(frame_s * double(view_.speed) * 1e9)) : 0;
  lab_.tick(view_.slice, virtual_ns);
  double seconds = host_seconds() - start;
  machine_.instret = k.m.hart.instret;
  machine_.time_ns = kernel::now_ns(k);
  machine_.processes = unsigned(kernel::live_process_count(k));
  machine_.mips = seconds > 0 ? double(k.m.hart.instret - before) / seconds / 1e6 : 0;
}

void LabUi::refresh_view() {
  view_.schedules.step();  // one seed a frame while exploring

  // The process table is the snapshot most panels share. It walks every
  // page table, so while the machine runs it is refreshed a few times a
  // second, not every frame; after a step or a reset, at once.
  const kernel::Kernel& k = lab_.session().kernel();
  double now = host_seconds();
  bool changed = k.m.hart.instret != table_instret_ || lab_.generation() != table_generation_;
  bool due = !lab_.running() || now - table_taken_at_ > 0.25 || lab_.generation() != table_generation_;
  if (!changed || !due) return;
  view_.table = lab::snapshot_processes(k, &view_.owners);
  view_.generation += 1;
  table_instret_ = k.m.hart.instret;
  table_generation_ = lab_.generation();
  table_taken_at_ = now;
}

void LabUi::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("Lab")) {
    // Shortcuts avoid the keys a browser keeps (Ctrl+W, Ctrl+T, Ctrl+N, F11).
    if (ImGui::MenuItem("Run", "F5")) {
      editor_.save_to(lab_);
      lab_.run();
    }
    if (ImGui::MenuItem("Pause", "F6")) lab_.pause();
    if (ImGui::MenuItem("Step syscall", "F10")) lab_.step(lab::Session::Step::syscall);
    if (ImGui::MenuItem("Step back", "Shift+F10", false, lab_.steps_back_available() > 0)) lab_.step_back();
    if (ImGui::MenuItem("Restart", "Ctrl+F5")) {
      editor_.save_to(lab_);
      if (lab_.start_program()) lab_.run();
    }
    if (ImGui::MenuItem("Reset machine")) lab_.reset();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (Panel& p : panels_) ImGui::MenuItem(p.title, nullptr, &p.open);
    ImGui::Separator();
    ImGui::MenuItem("Dear ImGui demo", nullptr, &show_imgui_demo_);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Layout")) {
    if (ImGui::MenuItem("Overview")) apply_layout("overview");
    if (ImGui::MenuItem("Memory")) apply_layout("memory");
    if (ImGui::MenuItem("Files & signals")) apply_layout("files");
    if (ImGui::MenuItem("Lesson")) apply_layout("lesson");
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("About ForkLab", nullptr, &show_about_);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void LabUi::draw_frame() {
  refresh_view();
  ImGuiIO& io = ImGui::GetIO();
  if (platform_key_pressed(platform_keys().f5)) {
    editor_.save_to(lab_);
    bool ok = !io.KeyCtrl || lab_.start_program();  // Ctrl+F5: restart
    if (ok) lab_.run();
  }
  if (platform_key_pressed(platform_keys().f6)) lab_.pause();
  if (platform_key_pressed(platform_keys().f10)) {
    if (io.KeyShift) lab_.step_back(); else lab_.step(lab::Session::Step::syscall);
  }
  draw_menu_bar();
  PanelContext context{stats_, machine_, lab_, view_, editor_};
  windows_.clear();
  g_windows = &windows_;
  for (Panel& p : panels_) {
    if (!p.open) continue;
    g_drawing = &p;
    p.draw(context, &p.open);
  }
  g_drawing = nullptr;
  g_windows = nullptr;
  g_relayout = false;
  if (show_imgui_demo_) ImGui::ShowDemoWindow(&show_imgui_demo_);
  if (show_about_) {
    if (ImGui::Begin("About ForkLab", &show_about_, ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::Text("ForkLab %s", version_string());
      ImGui::TextUnformatted("A lab for learning how Unix processes work:\n"
                             "fork, exec, wait, copy-on-write, zombies, signals.");
    }
    ImGui::End();
  }
}

std::string LabUi::query(std::string_view what, i64 arg) {
  if (what == "editor") return editor_.json();
  if (what == "schedules") return view_.schedules.json();
  if (what == "selection") return "{\"pid\":" + std::to_string(view_.selected_pid) + "}";
  if (what == "windows") {
    std::string out = "{\"windows\":[";
    for (usize i = 0; i < windows_.size(); ++i) {
      const WindowRect& w = windows_[i];
      char buf[200];
      std::snprintf(buf, sizeof buf, "%s{\"id\":\"%s\",\"x\":%.0f,\"y\":%.0f,\"w\":%.0f,\"h\":%.0f,\"visible\":%s}",
                    i ? "," : "", w.id.c_str(), w.x, w.y, w.w, w.h, w.open ? "true" : "false");
      out += buf;
    }
    return out + "]}";
  }
  return lab_.query(what, arg);
}

std::string LabUi::command(std::string_view name, std::string_view text, i64 a, i64 b) {
  if (name == "load") {
    std::string file(text.substr(0, text.find('\n')));
    std::string body(text.find('\n') == std::string_view::npos ? "" : text.substr(text.find('\n') + 1));
    if (file.empty()) return json_bool(false);
    if (!lab::is_elf(body)) editor_.open(file, body);
    lab_.put_file(file, body);
    return json_bool(true);
  }
  if (name == "clear_files") {
    lab_.set_files({});
    editor_ = EditorState{};
    return json_bool(true);
  }
  if (name == "run") {
    editor_.save_to(lab_);
    return json_bool(lab_.run());
  }
  if (name == "restart") {
    editor_.save_to(lab_);
    return json_bool(lab_.start_program() && lab_.run());
  }
  if (name == "pause") {
    lab_.pause();
    return json_bool(true);
  }
  if (name == "step") {
    lab::Session::Step kind;
    if (!lab::parse_step_kind(text.empty() ? "instruction" : text, &kind)) return json_bool(false);
    kernel::RunStop stop = lab_.step(kind);
    return std::string("{\"ok\":true,\"stop\":\"") + lab::run_stop_name(stop) + "\"}";
  }
  if (name == "step_back") return json_bool(lab_.step_back());
  if (name == "reset") {
    lab_.reset();
    return json_bool(true);
  }
  if (name == "type") {
    lab_.type(text);
    return json_bool(true);
  }
  if (name == "signal") return json_bool(lab_.send_signal(i32(a), int(b)));
  if (name == "select") {
    view_.selected_pid = i32(a);
    return json_bool(true);
  }
  if (name == "layout") return json_bool(apply_layout(text));
  if (name == "schedules") {  // a: how many seeds
    if (a <= 0 || a > 1000) return json_bool(false);
    editor_.save_to(lab_);
    view_.schedules.start(lab_.files(), int(a));
    return json_bool(true);
  }
  if (name == "panel") return json_bool(set_panel_open(text, a != 0));
  if (name == "speed") {  // a: instructions per frame (0: keep); text: virtual seconds per second
    if (a < 0) return json_bool(false);
    if (a > 0) view_.slice = u64(a);
    if (!text.empty()) view_.speed = std::max(0.0f, std::strtof(std::string(text).c_str(), nullptr));
    return json_bool(true);
  }
  return "{\"ok\":false,\"error\":\"unknown command\"}";
}

}  // namespace forklab::ui
