// The kernel's event log (SPEC §4.6): every kernel decision is an Event with
// its virtual time, instruction count, pid, kind and a few fields.
//
// Events are small fixed-size records (64 bytes) kept in a bounded ring, so a
// guest that floods the log costs a fixed amount of host memory; the oldest
// events are overwritten and counted as dropped. Strings (syscall names come
// from tables, so only paths and the like) are interned in a bounded pool.
// The same records stream to `--trace FILE` as JSON lines (docs/trace.md).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/types.h"

namespace forklab::kernel {

// X(name, field names...): the kinds and what their fields mean. Keep the
// order: the numbers appear in checkpoints (the JSON uses the names).
#define FORKLAB_EVENT_KINDS(X)                                                  \
  X(syscall_enter, "nr", "a0", "a1", "a2", "a3", "a4", "a5")                    \
  X(syscall_exit, "nr", "result")                                               \
  X(fork, "child", "slot", "ret_parent", "ret_child", "flags")                  \
  X(fork_failed, "errno", "reason")                                             \
  X(exec, "argc")                                                               \
  X(exit, "status")                                                             \
  X(zombie, "parent")                                                           \
  X(reap, "child", "status")                                                    \
  X(reparent, "child", "old_parent", "new_parent")                              \
  X(signal_sent, "sig", "target", "code")                                       \
  X(signal_delivered, "sig", "action", "handler", "addr", "access")             \
  X(cow_share, "child", "pages")                                                \
  X(cow_copy, "vaddr", "old_frame", "new_frame")                                \
  X(cow_reuse, "vaddr", "frame")                                                \
  X(page_fault, "vaddr", "access", "outcome")                                   \
  X(oom_kill, "victim", "score")                                                \
  X(schedule, "from", "reason")                                                 \
  X(block, "channel", "id")                                                     \
  X(wake, "channel", "id")

enum class EventKind : u16 {
#define FORKLAB_EVENT_ENUM(name, ...) name,
  FORKLAB_EVENT_KINDS(FORKLAB_EVENT_ENUM)
#undef FORKLAB_EVENT_ENUM
};

constexpr usize kEventKindCount = 0
#define FORKLAB_EVENT_COUNT(name, ...) +1
    FORKLAB_EVENT_KINDS(FORKLAB_EVENT_COUNT)
#undef FORKLAB_EVENT_COUNT
    ;

constexpr usize kEventFields = 7;
constexpr u32 kNoText = 0;

struct Event {
  u64 seq = 0;      // position in the whole run, from 0, never reused
  u64 time_ns = 0;  // virtual time
  u64 instret = 0;  // guest instructions retired by the whole machine
  i32 pid = 0;      // the process the event is about (0: the kernel itself)
  EventKind kind = EventKind::syscall_enter;
  std::array<u32, kEventFields> f{};  // meaning by kind, see FORKLAB_EVENT_KINDS
  u32 text = kNoText;                 // interned string, or kNoText
};
static_assert(sizeof(Event) == 64, "events are kept small: 1 M of them fit in 64 MiB");

const char* event_kind_name(EventKind kind);
// The field names of a kind, in order; null past the last one.
const char* event_field_name(EventKind kind, usize index);
usize event_field_count(EventKind kind);

class EventLog {
 public:
  static constexpr usize kDefaultCapacity = 1u << 20;
  static constexpr usize kMaxStrings = 1u << 16;
  static constexpr usize kMaxStringLength = 256;

  explicit EventLog(usize capacity = kDefaultCapacity);

  // Appends an event (its seq is assigned here) and returns it.
  const Event& add(Event event);
  // Interns a string for Event::text (truncated to kMaxStringLength; once the
  // pool is full, new strings share one "…" entry).
  u32 intern(std::string_view text);
  std::string_view text(u32 id) const;

  usize size() const { return count_; }
  usize capacity() const { return capacity_; }
  u64 total() const { return next_seq_; }           // events ever added
  u64 dropped() const { return next_seq_ - count_; }  // overwritten by newer ones
  // The i-th retained event, oldest first (0 <= i < size()).
  const Event& at(usize i) const;
  u64 count_of(EventKind kind) const { return counts_[usize(kind)]; }
  const std::array<u64, kEventKindCount>& counts() const { return counts_; }

  // Forgets every event from `seq` on (a checkpoint restore rewinds the
  // log) and sets the per-kind counts to what they were then.
  void rewind(u64 seq, const std::array<u64, kEventKindCount>& counts);

 private:
  std::vector<Event> ring_;  // grows up to capacity_, then wraps
  usize capacity_;
  usize head_ = 0;  // slot of the oldest event
  usize count_ = 0;
  u64 next_seq_ = 0;
  std::array<u64, kEventKindCount> counts_{};
  std::vector<std::string> strings_;
  std::unordered_map<std::string, u32> string_ids_;
};

// One JSON object per line: {"seq":..,"t":..,"insn":..,"pid":..,"kind":"..",fields..,"text":".."}.
// Fields named "result", "ret_*" and "errno" print as signed numbers.
std::string event_to_json(const EventLog& log, const Event& event);
// The trace's first line: {"v":1,"format":"forklab-trace"}.
std::string trace_header_json();
// Appends s to out as a JSON string literal (with quotes).
void append_json_string(std::string& out, std::string_view s);

}  // namespace forklab::kernel
