#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [status]: build version, frame time, display size.
void draw_status_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
