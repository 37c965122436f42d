#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [terminal]: the tty, each line tagged with the pid that printed it
void draw_terminal_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
