#include "kernel/event.h"

#include <cstdio>

namespace forklab::kernel {
namespace {

struct KindInfo {
  const char* name;
  std::array<const char*, kEventFields> fields;
  usize field_count;
};

template <class... Names>
constexpr KindInfo make_kind(const char* name, Names... names) {
  return KindInfo{name, {names...}, sizeof...(names)};
}

constexpr KindInfo kKinds[] = {
#define FORKLAB_EVENT_INFO(name, ...) make_kind(#name, __VA_ARGS__),
    FORKLAB_EVENT_KINDS(FORKLAB_EVENT_INFO)
#undef FORKLAB_EVENT_INFO
};
static_assert(sizeof(kKinds) / sizeof(kKinds[0]) == kEventKindCount);

bool field_is_signed(const char* name) {
  std::string_view n(name);
  return n == "result" || n == "errno" || n.substr(0, 4) == "ret_";
}

}  // namespace

const char* event_kind_name(EventKind kind) {
  usize k = usize(kind);
  return k < kEventKindCount ? kKinds[k].name : "unknown";
}

usize event_field_count(EventKind kind) {
  usize k = usize(kind);
  return k < kEventKindCount ? kKinds[k].field_count : 0;
}

const char* event_field_name(EventKind kind, usize index) {
  return index < event_field_count(kind) ? kKinds[usize(kind)].fields[index] : nullptr;
}

EventLog::EventLog(usize capacity) : capacity_(capacity > 0 ? capacity : 1) {
  strings_.emplace_back();  // kNoText
}

const Event& EventLog::add(Event event) {
  event.seq = next_seq_++;
  if (usize(event.kind) < kEventKindCount) counts_[usize(event.kind)] += 1;
  usize slot;
  if (ring_.size() < capacity_) {  // still growing: head_ is 0
    ring_.push_back(event);
    ++count_;
    return ring_.back();
  }
  if (count_ < capacity_) {
    slot = (head_ + count_) % capacity_;
    ++count_;
  } else {
    slot = head_;  // overwrite the oldest
    head_ = (head_ + 1) % capacity_;
  }
  ring_[slot] = event;
  return ring_[slot];
}

const Event& EventLog::at(usize i) const { return ring_[(head_ + i) % ring_.size()]; }

void EventLog::rewind(u64 seq, const std::array<u64, kEventKindCount>& counts) {
  while (count_ > 0 && at(count_ - 1).seq >= seq) {
    --count_;
    if (ring_.size() < capacity_) ring_.pop_back();
  }
  next_seq_ = seq;
  counts_ = counts;
}

u32 EventLog::intern(std::string_view text) {
  if (text.empty()) return kNoText;
  std::string key(text.substr(0, kMaxStringLength));
  auto it = string_ids_.find(key);
  if (it != string_ids_.end()) return it->second;
  if (strings_.size() >= kMaxStrings) key = "\u2026";  // pool full: share one entry
  it = string_ids_.find(key);
  if (it != string_ids_.end()) return it->second;
  u32 id = u32(strings_.size());
  strings_.push_back(key);
  string_ids_.emplace(std::move(key), id);
  return id;
}

std::string_view EventLog::text(u32 id) const {
  return id < strings_.size() ? std::string_view(strings_[id]) : std::string_view();
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (u < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

std::string event_to_json(const EventLog& log, const Event& e) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "{\"seq\":%llu,\"t\":%llu,\"insn\":%llu,\"pid\":%d,\"kind\":",
                static_cast<unsigned long long>(e.seq), static_cast<unsigned long long>(e.time_ns),
                static_cast<unsigned long long>(e.instret), e.pid);
  std::string out = buf;
  append_json_string(out, event_kind_name(e.kind));
  for (usize i = 0; i < event_field_count(e.kind); ++i) {
    const char* name = event_field_name(e.kind, i);
    out += ',';
    append_json_string(out, name);
    if (field_is_signed(name)) {
      std::snprintf(buf, sizeof buf, ":%d", static_cast<int>(static_cast<i32>(e.f[i])));
    } else {
      std::snprintf(buf, sizeof buf, ":%u", e.f[i]);
    }
    out += buf;
  }
  if (e.text != kNoText) {
    out += ",\"text\":";
    append_json_string(out, log.text(e.text));
  }
  out += '}';
  return out;
}

std::string trace_header_json() { return "{\"v\":1,\"format\":\"forklab-trace\"}"; }

}  // namespace forklab::kernel
