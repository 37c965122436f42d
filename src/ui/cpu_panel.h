#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [cpu]: registers, the code around pc, the syscall at an ecall
void draw_cpu_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
