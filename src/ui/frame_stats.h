// Timing of the UI's own frames, shown by the status panel.
#pragma once

#include <array>
#include <string>

namespace forklab::ui {

struct FrameStats {
  static constexpr int kHistory = 120;

  std::array<float, kHistory> frame_ms{};  // ring of recent frame times
  int next = 0;
  int count = 0;
  long long frames = 0;
  float display_width = 0;
  float display_height = 0;
  float pixel_ratio = 1;

  void add_frame(float ms) {
    frame_ms[next] = ms;
    next = (next + 1) % kHistory;
    if (count < kHistory) ++count;
    ++frames;
  }

  float average_ms() const {
    if (count == 0) return 0;
    float sum = 0;
    for (int i = 0; i < count; ++i) sum += frame_ms[i];
    return sum / float(count);
  }

  float max_ms() const {
    float worst = 0;
    for (int i = 0; i < count; ++i) worst = frame_ms[i] > worst ? frame_ms[i] : worst;
    return worst;
  }
};

// What the status panel shows of the running machine.
struct MachineView {
  unsigned processes = 0;  // live processes
  unsigned long long instret = 0;
  unsigned long long time_ns = 0;
  double mips = 0;         // guest instructions per host second, last frame
};

}  // namespace forklab::ui
