#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [pstree]: the process tree with what fork() returned on each side
void draw_pstree_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
