#include "ui/controls_panel.h"

#include <imgui.h>

#include "kernel/kernel.h"
#include "ui/editor_panel.h"

namespace forklab::ui {
namespace {

void step_buttons(lab::Lab& lab) {
  struct Kind {
    const char* label;
    lab::Session::Step kind;
    const char* tip;
  };
  static const Kind kKinds[] = {
      {"Instruction", lab::Session::Step::instruction, "one instruction of the process that runs next"},
      {"Syscall", lab::Session::Step::syscall, "to the next system call entry or exit (F10)"},
      {"Fork", lab::Session::Step::fork, "until the next fork"},
      {"Exec", lab::Session::Step::exec, "until the next exec"},
      {"Exit", lab::Session::Step::exit, "until a process exits"},
      {"Signal", lab::Session::Step::signal, "until a signal is sent or delivered"},
  };
  ImGui::TextUnformatted("Step:");
  for (const Kind& k : kKinds) {
    ImGui::SameLine();
    if (ImGui::Button(k.label)) lab.step(k.kind);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", k.tip);
  }
  ImGui::BeginDisabled(lab.steps_back_available() == 0);
  if (ImGui::Button("<< Step back")) lab.step_back();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::SetTooltip("Shift+F10: back to the checkpoint taken before the last step (%zu available)",
                      lab.steps_back_available());
  }
}

void schedule_settings(lab::Lab& lab) {
  lab::LabSettings& s = lab.settings();
  static const kernel::SchedPolicy kPolicies[] = {kernel::SchedPolicy::rr, kernel::SchedPolicy::random,
                                                  kernel::SchedPolicy::child_first, kernel::SchedPolicy::parent_first};
  ImGui::SetNextItemWidth(140);
  if (ImGui::BeginCombo("policy", kernel::sched_policy_name(s.policy))) {
    for (kernel::SchedPolicy p : kPolicies) {
      if (ImGui::Selectable(kernel::sched_policy_name(p), p == s.policy)) s.policy = p;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  int seed = int(s.seed);
  ImGui::SetNextItemWidth(100);
  if (ImGui::InputInt("seed", &seed)) s.seed = u64(seed < 0 ? 0 : seed);
  ImGui::SameLine();
  ImGui::Checkbox("COW", &s.cow);
  ImGui::TextDisabled("(policy, seed and COW apply at the next Restart)");
}

}  // namespace

void draw_controls_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Controls###controls", open)) {
    ImGui::End();
    return;
  }
  lab::Lab& lab = context.lab;
  if (lab.running()) {
    if (ImGui::Button("Pause (F6)")) lab.pause();
  } else if (ImGui::Button("Run (F5)")) {
    context.editor.save_to(lab);
    lab.run();
  }
  ImGui::SameLine();
  if (ImGui::Button("Restart (Ctrl+F5)")) {
    context.editor.save_to(lab);
    if (lab.start_program()) lab.run();
  }
  ImGui::SameLine();
  if (ImGui::Button("Reset machine")) lab.reset();
  step_buttons(lab);

  // Speed: guest instructions per frame, on a log scale.
  float slice = float(context.view.slice);
  ImGui::SetNextItemWidth(220);
  if (ImGui::SliderFloat("instructions per frame", &slice, 1000.0f, 20'000'000.0f, "%.0f",
                         ImGuiSliderFlags_Logarithmic)) {
    context.view.slice = u64(slice);
  }
  ImGui::SetNextItemWidth(220);
  ImGui::SliderFloat("x real time (0: as fast as possible)", &context.view.speed, 0.0f, 100.0f, "%.2f",
                     ImGuiSliderFlags_Logarithmic);
  schedule_settings(lab);
  ImGui::Separator();

  const kernel::Kernel& k = lab.session().kernel();
  ImGui::Text("%s  |  %llu instructions  |  %.6f s virtual  |  stop: %s", lab.running() ? "running" : "paused",
              static_cast<unsigned long long>(k.m.hart.instret), double(kernel::now_ns(k)) / 1e9,
              lab::run_stop_name(lab.last_stop()));
  // Crash reports: guests killed by a signal that means a bug.
  static u64 crashes_for = ~0ull;
  static std::vector<lab::CrashReport> crashes;
  if (crashes_for != context.view.generation) {
    crashes = lab::crash_reports(k);
    crashes_for = context.view.generation;
  }
  for (const lab::CrashReport& c : crashes) {
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 110, 110, 255));
    if (c.has_address) {
      ImGui::TextWrapped("crash: %s (pid %d) killed by %s: bad %s at address 0x%08x", c.name.c_str(), c.pid,
                         lab::signal_name(c.sig).c_str(), c.access, c.address);
    } else {
      ImGui::TextWrapped("crash: %s (pid %d) killed by %s", c.name.c_str(), c.pid, lab::signal_name(c.sig).c_str());
    }
    ImGui::PopStyleColor();
  }
  const lab::BuildResult& build = lab.build();
  if (!build.program.empty()) ImGui::Text("program: %s", build.program.c_str());
  for (const lab::BuildMessage& m : build.messages) {
    ImGui::PushStyleColor(ImGuiCol_Text, m.error ? IM_COL32(255, 110, 110, 255) : IM_COL32(240, 200, 90, 255));
    if (m.line > 0) {
      ImGui::TextWrapped("%s:%d:%d: %s", m.file.c_str(), m.line, m.column, m.message.c_str());
    } else {
      ImGui::TextWrapped("%s%s%s", m.file.c_str(), m.file.empty() ? "" : ": ", m.message.c_str());
    }
    ImGui::PopStyleColor();
  }
  ImGui::End();
}

}  // namespace forklab::ui
