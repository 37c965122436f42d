#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [timeline]: one lane per process over virtual time, with the events as marks
void draw_timeline_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
