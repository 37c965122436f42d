#include "ui/lab_ui.h"

#include <imgui.h>

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
  PanelContext context{stats_};
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
