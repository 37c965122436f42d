#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [ps]: the process table, sortable
void draw_ps_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
