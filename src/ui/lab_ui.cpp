#include "ui/lab_ui.h"

#include <imgui.h>

#include <chrono>

#include "base/version.h"
#include "ui/status_panel.h"

namespace forklab::ui {

LabUi::LabUi() {
  panels_.push_back(Panel{"status", "Status", true, draw_status_panel});
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

void LabUi::record_frame(float ms, float width, float height, float pixel_ratio) {
  stats_.add_frame(ms);
  stats_.display_width = width;
  stats_.display_height = height;
  stats_.pixel_ratio = pixel_ratio;
}

void LabUi::boot(const std::vector<std::string>& command) {
  lab::SessionConfig config;
  config.kernel.memory_bytes = 32u << 20;  // the web default (SPEC §3)
  config.kernel.event_capacity = 1u << 16;
  session_ = std::make_unique<lab::Session>(config);
  machine_ = MachineView{};
  kernel::Kernel& k = session_->kernel();
  k.on_output = [this](i32, int, std::string_view bytes) {
    constexpr usize kKeep = 16 * 1024;  // the status panel shows the newest output only
    machine_.console.append(bytes);
    if (machine_.console.size() > kKeep) machine_.console.erase(0, machine_.console.size() - kKeep);
  };
  k.console_input_closed = true;
  Status started = session_->start(command);
  if (!started.ok()) machine_.console = "forklab: " + started.error().message + "\n";
}

void LabUi::run_machine(u64 budget) {
  if (!session_) return;
  kernel::Kernel& k = session_->kernel();
  u64 before = k.m.hart.instret;
  auto start = std::chrono::steady_clock::now();
  session_->run(budget);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  machine_.instret = k.m.hart.instret;
  machine_.time_ns = kernel::now_ns(k);
  machine_.processes = unsigned(kernel::live_process_count(k));
  if (seconds > 0) machine_.mips = double(k.m.hart.instret - before) / seconds / 1e6;
}

void LabUi::draw_menu_bar() {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("View")) {
    for (Panel& p : panels_) ImGui::MenuItem(p.title, nullptr, &p.open);
    ImGui::Separator();
    ImGui::MenuItem("Dear ImGui demo", nullptr, &show_imgui_demo_);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("About ForkLab", nullptr, &show_about_);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void LabUi::draw_frame() {
  draw_menu_bar();
  PanelContext context{stats_, machine_};
  for (Panel& p : panels_) {
    if (p.open) p.draw(context, &p.open);
  }
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

}  // namespace forklab::ui
