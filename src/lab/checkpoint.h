// Checkpoints (SPEC §4.7): the whole machine and kernel saved as plain data
// so the lab can go back in time.
//
// Each checkpoint stores the kernel's tables and only the memory frames that
// changed since the checkpoint before it; restoring one rebuilds memory from
// the oldest checkpoint forward. When the frames stored pass the memory
// budget, the oldest checkpoints are merged into the next (thinned).
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <vector>

#include "kernel/kernel.h"

namespace forklab::lab {

constexpr u64 kDefaultCheckpointBudget = 64ull << 20;

class Checkpoints {
 public:
  explicit Checkpoints(u64 budget_bytes = kDefaultCheckpointBudget) : budget_(budget_bytes) {}

  // Saves the kernel's state now.
  void take(kernel::Kernel& k);
  // Puts the kernel back to checkpoint `index` (0 = the oldest kept). The
  // event log is rewound to that moment; output callbacks stay as they are.
  // Later checkpoints are dropped: running on makes a new future (the same
  // one, when the inputs are replayed).
  bool restore(kernel::Kernel& k, usize index);
  // The newest checkpoint at or before `instret`, or -1.
  int latest_at_or_before(u64 instret) const;

  usize size() const { return points_.size(); }
  u64 instret_of(usize index) const { return points_[index].instret; }
  u64 bytes_stored() const { return bytes_; }
  void clear();

 private:
  struct Point {
    u64 instret = 0;
    std::shared_ptr<const kernel::Kernel> state;  // without memory bytes or events
    std::map<u32, std::vector<u8>> frames;        // changed frames (all, for the oldest)
    std::array<u64, kernel::kEventKindCount> event_counts{};
    u64 event_total = 0;
  };

  void thin();

  std::deque<Point> points_;
  std::vector<u64> frame_hashes_;  // of memory at the newest checkpoint
  u64 budget_;
  u64 bytes_ = 0;
};

}  // namespace forklab::lab
