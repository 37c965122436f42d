#include "lab/checkpoint.h"

#include <cstring>

#include "machine/machine.h"

namespace forklab::lab {

using kernel::Kernel;

namespace {

// A fast fingerprint of one 4 KiB frame, 8 bytes at a time.
u64 frame_hash(const u8* p) {
  u64 h = 0x9E3779B97F4A7C15ull;
  for (u32 i = 0; i < machine::kPageSize; i += 8) {
    u64 w;
    std::memcpy(&w, p + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  return h;
}

// A copy of the kernel without the big parts kept elsewhere (memory bytes,
// the event ring) and without the host's callbacks.
std::shared_ptr<const Kernel> copy_tables(Kernel& k) {
  std::vector<u8> bytes = std::move(k.m.mem.bytes);
  machine::DecodeCache code = std::move(k.m.code);
  kernel::EventLog events = std::move(k.events);
  auto on_output = std::move(k.on_output);
  auto on_event = std::move(k.on_event);
  k.m.mem.bytes.clear();
  k.m.code = machine::DecodeCache{};
  k.events = kernel::EventLog(1);
  auto copy = std::make_shared<const Kernel>(k);
  k.m.mem.bytes = std::move(bytes);
  k.m.code = std::move(code);
  k.events = std::move(events);
  k.on_output = std::move(on_output);
  k.on_event = std::move(on_event);
  return copy;
}

}  // namespace

void Checkpoints::take(Kernel& k) {
  Point point;
  point.instret = k.m.hart.instret;
  point.state = copy_tables(k);
  point.event_counts = k.events.counts();
  point.event_total = k.events.total();
  u32 frames = machine::frame_count(k.m);
  if (frame_hashes_.size() != frames) frame_hashes_.assign(frames, frame_hash(std::vector<u8>(machine::kPageSize).data()));
  for (u32 f = 0; f < frames; ++f) {
    const u8* bytes = k.m.mem.bytes.data() + usize(f) * machine::kPageSize;
    u64 h = frame_hash(bytes);
    if (h == frame_hashes_[f]) continue;  // unchanged since the previous checkpoint
    frame_hashes_[f] = h;
    point.frames.emplace(f, std::vector<u8>(bytes, bytes + machine::kPageSize));
    bytes_ += machine::kPageSize;
  }
  points_.push_back(std::move(point));
  thin();
}

void Checkpoints::thin() {
  // Merge the oldest checkpoint into the next: the next one becomes the
  // base and holds every frame either had.
  while (bytes_ > budget_ && points_.size() > 1) {
    Point& oldest = points_[0];
    Point& next = points_[1];
    for (auto& [frame, bytes] : oldest.frames) {
      if (next.frames.count(frame)) {
        bytes_ -= machine::kPageSize;
      } else {
        next.frames.emplace(frame, std::move(bytes));
      }
    }
    points_.pop_front();
  }
}

bool Checkpoints::restore(Kernel& k, usize index) {
  if (index >= points_.size()) return false;
  const Point& point = points_[index];
  std::vector<u8> bytes = std::move(k.m.mem.bytes);
  std::fill(bytes.begin(), bytes.end(), 0);
  for (usize i = 0; i <= index; ++i) {
    for (const auto& [frame, data] : points_[i].frames) {
      std::memcpy(bytes.data() + usize(frame) * machine::kPageSize, data.data(), data.size());
    }
  }
  kernel::EventLog events = std::move(k.events);
  auto on_output = std::move(k.on_output);
  auto on_event = std::move(k.on_event);
  machine::DecodeCache code = std::move(k.m.code);
  k = *point.state;
  k.m.mem.bytes = std::move(bytes);
  k.m.code = std::move(code);
  k.events = std::move(events);
  k.events.rewind(point.event_total, point.event_counts);
  k.on_output = std::move(on_output);
  k.on_event = std::move(on_event);
  machine::flush_derived_state(k.m);  // cached translations and decoded code
  k.loaded_satp = 0;
  while (points_.size() > index + 1) {
    bytes_ -= points_.back().frames.size() * machine::kPageSize;
    points_.pop_back();
  }
  for (u32 f = 0; f < frame_hashes_.size(); ++f) {
    frame_hashes_[f] = frame_hash(k.m.mem.bytes.data() + usize(f) * machine::kPageSize);
  }
  return true;
}

int Checkpoints::latest_at_or_before(u64 instret) const {
  for (usize i = points_.size(); i-- > 0;) {
    if (points_[i].instret <= instret) return int(i);
  }
  return -1;
}

void Checkpoints::clear() {
  points_.clear();
  frame_hashes_.clear();
  bytes_ = 0;
}

}  // namespace forklab::lab
