// The panel framework: every panel of SPEC §6.1 is a window with a stable id
// (used by URLs, lessons and saved layouts), a title, and a draw function.
#pragma once

#include <string>

namespace forklab::ui {

struct FrameStats;

struct PanelContext {
  const FrameStats& stats;
};

struct Panel {
  const char* id;     // canonical id, e.g. "status", "pstree"
  const char* title;  // window title
  bool open = true;
  void (*draw)(PanelContext& context, bool* open) = nullptr;
};

}  // namespace forklab::ui
