#pragma once

#include "ui/panel.h"

namespace forklab::ui {

// [files]: the fd table of the selected process and the open file descriptions behind it
void draw_files_panel(PanelContext& context, bool* open);

}  // namespace forklab::ui
