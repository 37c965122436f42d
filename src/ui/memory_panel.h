#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [memory]: regions, the Sv32 page table, frames and their sharers, COW marks, the physical frame map
void draw_memory_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
