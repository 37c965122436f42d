// Keyboard helpers for Dear ImGui 1.86, whose ImGuiKey_ names only the keys
// text editing needs; function keys and most letters are read by the
// platform's own key codes, which app/ gives here (GLFW's, on both builds).
#pragma once

#include <imgui.h>

namespace forklab::ui {

struct PlatformKeys {
  int f5 = -1, f6 = -1, f10 = -1;
  int letter_a = -1;  // the code of 'A'; the other letters follow it
};

PlatformKeys& platform_keys();

inline bool key_pressed(ImGuiKey_ key, bool repeat = true) {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}

inline bool platform_key_pressed(int code) { return code >= 0 && ImGui::IsKeyPressed(code, false); }

inline bool letter_pressed(char upper) {
  int base = platform_keys().letter_a;
  return base >= 0 && ImGui::IsKeyPressed(base + (upper - 'A'), false);
}

}  // namespace forklab::ui
