#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [syscalls]: a strace-like list of the selected process's system calls
void draw_syscalls_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
