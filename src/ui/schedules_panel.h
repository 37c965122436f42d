#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [schedules]: the program under N seeds, its distinct outputs with counts.
void draw_schedules_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
