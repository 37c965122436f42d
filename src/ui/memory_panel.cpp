#include "ui/memory_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "kernel/kernel.h"
#include "machine/sv32.h"

namespace forklab::ui {
namespace {

// The snapshots this panel draws, retaken when the shared table changes.
struct MemoryView {
  u64 generation = ~0ull;
  i32 pid = -1;
  lab::AddressSpaceView space;
  std::set<u32> recent_cow_copies;  // pages the newest cow_copy events split
};

MemoryView g_view;

void refresh(PanelContext& context, i32 pid) {
  if (g_view.generation == context.view.generation && g_view.pid == pid) return;
  const kernel::Kernel& k = context.lab.session().kernel();
  g_view.generation = context.view.generation;
  g_view.pid = pid;
  g_view.space = lab::snapshot_memory(k, pid);
  g_view.recent_cow_copies.clear();
  // The last few COW copies of this process light up (the fault animation).
  usize n = k.events.size();
  for (usize i = n; i-- > 0 && n - i < 4096;) {
    const kernel::Event& e = k.events.at(i);
    if (e.kind == kernel::EventKind::cow_copy && e.pid == pid) g_view.recent_cow_copies.insert(e.f[0] & ~0xfffu);
  }
}

std::string flags_text(u32 pte) {
  std::string s;
  const char* letters = "VRWXUGAD";
  for (int i = 0; i < 8; ++i) s += (pte >> i & 1) ? letters[i] : '-';
  return s;
}

void draw_regions() {
  if (!ImGui::BeginTable("##regions", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) return;
  ImGui::TableSetupColumn("region");
  ImGui::TableSetupColumn("start");
  ImGui::TableSetupColumn("end");
  ImGui::TableSetupColumn("prot");
  ImGui::TableHeadersRow();
  for (const kernel::Region& r : g_view.space.regions) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(kernel::region_kind_name(r.kind));
    ImGui::TableNextColumn();
    ImGui::Text("%08x", r.start);
    ImGui::TableNextColumn();
    ImGui::Text("%08x", r.end);
    ImGui::TableNextColumn();
    ImGui::Text("%c%c%c%s", r.prot & machine::kPteR ? 'r' : '-', r.prot & machine::kPteW ? 'w' : '-',
                r.prot & machine::kPteX ? 'x' : '-', r.shared ? " shared" : "");
  }
  ImGui::EndTable();
}

void draw_pages(PanelContext& context, float pulse) {
  ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV;
  if (!ImGui::BeginTable("##pages", 6, flags, ImVec2(0, ImGui::GetContentRegionAvail().y * 0.62f))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("vaddr");
  ImGui::TableSetupColumn("PTE (Sv32)");
  ImGui::TableSetupColumn("flags");
  ImGui::TableSetupColumn("frame");
  ImGui::TableSetupColumn("refs");
  ImGui::TableSetupColumn("shared with");
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(int(g_view.space.pages.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const lab::PageRow& p = g_view.space.pages[usize(i)];
      ImGui::TableNextRow();
      if (g_view.recent_cow_copies.count(p.vaddr)) {
        // Pages a COW fault just copied pulse.
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(200, 120, 40, int(60 + 100 * pulse)));
      } else if (p.cow) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(90, 60, 130, 120));
      }
      ImGui::TableNextColumn();
      ImGui::Text("%08x", p.vaddr);
      ImGui::TableNextColumn();
      ImGui::Text("%08x", p.pte);
      ImGui::TableNextColumn();
      ImGui::Text("%s%s", flags_text(p.pte).c_str(), p.cow ? " COW" : "");
      ImGui::TableNextColumn();
      ImGui::Text("%u", p.frame);
      ImGui::TableNextColumn();
      ImGui::Text("%u", p.refcount);
      ImGui::TableNextColumn();
      if (p.frame < context.view.owners.by_frame.size()) {
        for (i32 pid : context.view.owners.by_frame[p.frame]) {
          if (pid == g_view.pid) continue;
          ImGui::SameLine(0, 4);
          ImGui::PushID(i * 8192 + pid);
          ImGui::PushStyleColor(ImGuiCol_Text, pid_colour(pid));
          char label[16];
          std::snprintf(label, sizeof label, "%d", pid);
          if (ImGui::SmallButton(label)) context.view.selected_pid = pid;
          ImGui::PopStyleColor();
          ImGui::PopID();
        }
      }
    }
  }
  ImGui::EndTable();
}

// Every physical frame as a small square coloured by the process that maps
// it; frames several processes map get a white outline.
void draw_frame_map(PanelContext& context) {
  const std::vector<std::vector<i32>>& owners = context.view.owners.by_frame;
  ImGui::Text("Physical frames: %zu, %u free", owners.size(), context.view.owners.free_frames);
  ImGui::BeginChild("##framemap", ImVec2(0, 0), true);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  float cell = 5.0f;
  int per_row = std::max(1, int(ImGui::GetContentRegionAvail().x / cell));
  // Only frames that are used, in order: the free ones would be most of the map.
  int drawn = 0;
  for (usize f = 0; f < owners.size(); ++f) {
    if (owners[f].empty()) continue;
    ImVec2 a(origin.x + float(drawn % per_row) * cell, origin.y + float(drawn / per_row) * cell);
    ImVec2 b(a.x + cell - 1, a.y + cell - 1);
    bool mine = false;
    for (i32 pid : owners[f]) mine |= pid == context.view.selected_pid;
    draw->AddRectFilled(a, b, pid_colour(owners[f][0]) & (mine ? 0xffffffffu : 0x90ffffffu));
    if (owners[f].size() > 1) draw->AddRect(a, b, IM_COL32(255, 255, 255, 200));
    ++drawn;
  }
  ImGui::Dummy(ImVec2(float(per_row) * cell, float(drawn / per_row + 1) * cell));
  ImGui::EndChild();
}

}  // namespace

void draw_memory_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Memory###memory", open)) {
    ImGui::End();
    return;
  }
  i32 pid = context.view.selected_pid;
  if (pid == 0 && !context.view.table.rows.empty()) pid = context.view.table.rows.back().pid;
  refresh(context, pid);
  u32 cow = 0, shared = 0;
  for (const lab::PageRow& p : g_view.space.pages) {
    cow += p.cow ? 1 : 0;
    shared += p.refcount > 1 ? 1 : 0;
  }
  ImGui::Text("pid %d: %zu pages present, %u shared, %u marked COW; page table root frame %u", pid,
              g_view.space.pages.size(), shared, cow, g_view.space.root_frame);
  if (g_view.space.pages.empty()) ImGui::TextDisabled("(no address space: a zombie, or no process selected)");
  float pulse = 0.5f + 0.5f * float(std::sin(ImGui::GetTime() * 6.0));
  if (ImGui::CollapsingHeader("Regions", ImGuiTreeNodeFlags_DefaultOpen)) draw_regions();
  if (ImGui::CollapsingHeader("Page table", ImGuiTreeNodeFlags_DefaultOpen)) draw_pages(context, pulse);
  if (ImGui::CollapsingHeader("Frame map", ImGuiTreeNodeFlags_DefaultOpen)) draw_frame_map(context);
  ImGui::End();
}

}  // namespace forklab::ui
