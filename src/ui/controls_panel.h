#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [controls]: run, pause, the step kinds, speed, policy and seed, restart, reverse step
void draw_controls_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
