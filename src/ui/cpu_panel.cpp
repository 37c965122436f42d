#include "ui/cpu_panel.h"

#include <imgui.h>

namespace forklab::ui {
namespace {

const char* const kRegNames[32] = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0",
                                   "a1",   "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
                                   "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};

}  // namespace

void draw_cpu_panel(PanelContext& context, bool* open) {
  if (!begin_panel("CPU###cpu", open)) {
    ImGui::End();
    return;
  }
  i32 pid = context.view.selected_pid;
  lab::CpuView cpu = lab::snapshot_cpu(context.lab.session().kernel(), pid);
  if (!cpu.valid) {
    ImGui::TextDisabled("Select a live process (in the tree or the table).");
    ImGui::End();
    return;
  }
  ImGui::Text("pid %d   pc %08x", pid, cpu.pc);
  if (cpu.at_ecall) {
    // At an ecall the kernel is asked for a7's system call with a0..a5.
    ImGui::TextColored(ImVec4(1, 0.8f, 0.3f, 1), "ecall: %s(%#x, %#x, %#x, %#x, %#x, %#x)  [a7 = %u]",
                       cpu.syscall.c_str(), cpu.regs[10], cpu.regs[11], cpu.regs[12], cpu.regs[13], cpu.regs[14],
                       cpu.regs[15], cpu.regs[17]);
  }
  if (ImGui::BeginTable("##regs", 4, ImGuiTableFlags_BordersInnerV)) {
    for (int i = 0; i < 32; ++i) {
      ImGui::TableNextColumn();
      ImGui::Text("%-4s %08x", kRegNames[i], cpu.regs[usize(i)]);
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  for (const lab::CpuView::CodeLine& line : cpu.code) {
    bool here = line.pc == cpu.pc;
    if (here) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 230, 120, 255));
    ImGui::Text("%s %08x  %08x  %s", here ? "=>" : "  ", line.pc, line.insn, line.text.c_str());
    if (here) ImGui::PopStyleColor();
  }
  ImGui::End();
}

}  // namespace forklab::ui
