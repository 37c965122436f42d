#include "ui/ps_panel.h"

#include <imgui.h>

#include <algorithm>

namespace forklab::ui {
namespace {

enum Column { kPid, kPpid, kSlot, kState, kWchan, kNice, kTime, kPages, kShared, kPrivate, kFaults, kCow, kCommand, kColumns };

u64 total_insns(const lab::ProcessRow& r) { return r.utime_insns + r.stime_insns; }

bool less(const lab::ProcessRow& a, const lab::ProcessRow& b, int column) {
  switch (column) {
    case kPpid: return a.ppid < b.ppid;
    case kSlot: return a.slot < b.slot;
    case kState: return a.state < b.state;
    case kWchan: return a.wchan < b.wchan;
    case kNice: return a.nice < b.nice;
    case kTime: return total_insns(a) < total_insns(b);
    case kPages: return a.resident_pages < b.resident_pages;
    case kShared: return a.shared_pages < b.shared_pages;
    case kPrivate: return a.resident_pages - a.shared_pages < b.resident_pages - b.shared_pages;
    case kFaults: return a.minor_faults < b.minor_faults;
    case kCow: return a.cow_faults < b.cow_faults;
    case kCommand: return a.command < b.command;
    default: return a.pid < b.pid;
  }
}

}  // namespace

void draw_ps_panel(PanelContext& context, bool* open) {
  if (!begin_panel("Processes###ps", open)) {
    ImGui::End();
    return;
  }
  const lab::ProcessTable& t = context.view.table;
  ImGui::Text("%zu of %u slots used, %.3f s virtual", t.rows.size(), t.slots, double(t.time_ns) / 1e9);
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_ScrollX | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##ps", kColumns, flags)) {
    ImGui::End();
    return;
  }
  ImGui::TableSetupScrollFreeze(1, 1);
  const char* names[kColumns] = {"PID", "PPID", "SLOT", "S", "WCHAN", "NI", "TIME (insns)", "PAGES", "SHARED",
                                 "PRIVATE", "MINFLT", "COWFLT", "COMMAND"};
  for (int c = 0; c < kColumns; ++c) {
    ImGui::TableSetupColumn(names[c], c == kPid ? ImGuiTableColumnFlags_DefaultSort : 0);
  }
  ImGui::TableHeadersRow();
  // Sorted indices, remade when the table or the sort changes.
  static std::vector<usize> order;
  static u64 sorted_generation = ~0ull;
  ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
  if (sorted_generation != context.view.generation || (specs && specs->SpecsDirty) || order.size() != t.rows.size()) {
    order.resize(t.rows.size());
    for (usize i = 0; i < order.size(); ++i) order[i] = i;
    if (specs && specs->SpecsCount > 0) {
      int column = specs->Specs[0].ColumnIndex;
      bool ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      std::stable_sort(order.begin(), order.end(), [&](usize a, usize b) {
        return ascending ? less(t.rows[a], t.rows[b], column) : less(t.rows[b], t.rows[a], column);
      });
      specs->SpecsDirty = false;
    }
    sorted_generation = context.view.generation;
  }
  ImGuiListClipper clipper;
  clipper.Begin(int(order.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const lab::ProcessRow& r = t.rows[order[usize(i)]];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      char pid[16];
      std::snprintf(pid, sizeof pid, "%d", r.pid);
      if (ImGui::Selectable(pid, context.view.selected_pid == r.pid, ImGuiSelectableFlags_SpanAllColumns)) {
        context.view.selected_pid = r.pid;
      }
      ImGui::TableNextColumn();
      ImGui::Text("%d", r.ppid);
      ImGui::TableNextColumn();
      ImGui::Text("%u", r.slot);
      ImGui::TableNextColumn();
      ImGui::TextColored(ImColor(state_colour(r.state)), "%c", r.state);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.wchan.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", r.nice);
      ImGui::TableNextColumn();
      ImGui::Text("%llu", static_cast<unsigned long long>(total_insns(r)));
      ImGui::TableNextColumn();
      ImGui::Text("%u", r.resident_pages);
      ImGui::TableNextColumn();
      ImGui::Text("%u", r.shared_pages);
      ImGui::TableNextColumn();
      ImGui::Text("%u", r.resident_pages - r.shared_pages);
      ImGui::TableNextColumn();
      ImGui::Text("%llu", static_cast<unsigned long long>(r.minor_faults));
      ImGui::TableNextColumn();
      ImGui::Text("%llu", static_cast<unsigned long long>(r.cow_faults));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.command.c_str());
    }
  }
  ImGui::EndTable();
  ImGui::End();
}

}  // namespace forklab::ui
