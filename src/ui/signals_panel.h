#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [signals]: handlers, mask and pending signals; send any signal
void draw_signals_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
