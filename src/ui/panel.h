// The panel framework: every panel of SPEC §6.1 is a window with a stable id
// (used by URLs, lessons and saved layouts), a title, a place in the layout
// presets, and a draw function. Panels read the lab's snapshots through the
// context and send commands to the lab; none keeps the model's state.
#pragma once

#include <string>
#include <vector>

#include "lab/lab.h"
#include "lab/schedules.h"
#include "lab/snapshot.h"

namespace forklab::ui {

struct FrameStats;
struct MachineView;
class EditorState;

// What every panel shares: the selected process (choosing one anywhere
// selects it everywhere) and snapshots taken once per refresh, not per panel.
struct SharedView {
  i32 selected_pid = 0;
  lab::ProcessTable table;  // refreshed by LabUi
  lab::FrameOwners owners;  // taken with `table` (one walk of the page tables)
  u64 generation = 0;       // bumps when `table` is replaced
  u64 slice = 2'000'000;    // at most this many guest instructions per frame
  float speed = 1.0f;       // virtual seconds per host second (0: as fast as possible)
  lab::ScheduleExplorer schedules;  // runs one seed a frame while exploring
};

struct PanelContext {
  const FrameStats& stats;
  const MachineView& machine;
  lab::Lab& lab;
  SharedView& view;
  EditorState& editor;
};

// A window's place in a layout preset, in fractions of the display below the
// menu bar: x, y, width, height.
struct PanelRect {
  float x = 0, y = 0, w = 0.3f, h = 0.3f;
};

struct Panel {
  const char* id;     // canonical id, e.g. "status", "pstree"
  const char* title;  // window title
  bool open = true;
  void (*draw)(PanelContext& context, bool* open) = nullptr;
  PanelRect rect;     // in the current layout preset
};

// Begins a panel's window at its place in the layout (ImGuiCond_Always when
// a preset was just applied). Call ImGui::End() whatever it returns.
bool begin_panel(const char* title_and_id, bool* open);

// The colour the lab uses for a process everywhere (terminal prefixes,
// tree, frame map), from its pid.
unsigned pid_colour(i32 pid);
// The colour of a state letter (zombies stand out).
unsigned state_colour(char state);

}  // namespace forklab::ui
