#include "kernel/event.h"

#include <doctest/doctest.h>

using namespace forklab;
using namespace forklab::kernel;

namespace {

Event fork_event(i32 parent, u32 child) {
  Event e;
  e.kind = EventKind::fork;
  e.pid = parent;
  e.f = {child, 3, child, 0, 17};
  return e;
}

}  // namespace

TEST_CASE("every event kind has a name and named fields") {
  CHECK(std::string(event_kind_name(EventKind::cow_copy)) == "cow_copy");
  CHECK(event_field_count(EventKind::cow_copy) == 3);
  CHECK(std::string(event_field_name(EventKind::cow_copy, 1)) == "old_frame");
  CHECK(event_field_name(EventKind::cow_copy, 3) == nullptr);
  CHECK(event_field_count(EventKind::syscall_enter) == kEventFields);
}

TEST_CASE("the ring keeps the newest events and counts what it dropped") {
  EventLog log(4);
  for (u32 i = 0; i < 10; ++i) log.add(fork_event(1, 100 + i));
  CHECK(log.size() == 4);
  CHECK(log.total() == 10);
  CHECK(log.dropped() == 6);
  CHECK(log.at(0).seq == 6);
  CHECK(log.at(0).f[0] == 106);
  CHECK(log.at(3).f[0] == 109);
  CHECK(log.count_of(EventKind::fork) == 10);
  CHECK(log.count_of(EventKind::exit) == 0);
}

TEST_CASE("events print as JSON lines with names, signed results and text") {
  EventLog log(8);
  Event exit_call;
  exit_call.kind = EventKind::syscall_exit;
  exit_call.pid = 7;
  exit_call.time_ns = 1500;
  exit_call.instret = 42;
  exit_call.f = {221, u32(-2)};
  exit_call.text = log.intern("/bin/no \"such\"\n");
  const Event& e = log.add(exit_call);
  CHECK(event_to_json(log, e) ==
        "{\"seq\":0,\"t\":1500,\"insn\":42,\"pid\":7,\"kind\":\"syscall_exit\",\"nr\":221,"
        "\"result\":-2,\"text\":\"/bin/no \\\"such\\\"\\n\"}");
  CHECK(event_to_json(log, log.add(fork_event(1, 2))) ==
        "{\"seq\":1,\"t\":0,\"insn\":0,\"pid\":1,\"kind\":\"fork\",\"child\":2,\"slot\":3,"
        "\"ret_parent\":2,\"ret_child\":0,\"flags\":17}");
  CHECK(trace_header_json() == "{\"v\":1,\"format\":\"forklab-trace\"}");
}

TEST_CASE("interned strings are shared, truncated and bounded") {
  EventLog log(1);
  u32 a = log.intern("sh");
  CHECK(log.intern("sh") == a);
  CHECK(log.intern("") == kNoText);
  CHECK(log.text(log.intern(std::string(1000, 'x'))).size() == EventLog::kMaxStringLength);
  for (usize i = 0; i < EventLog::kMaxStrings + 10; ++i) log.intern("name" + std::to_string(i));
  CHECK(log.text(log.intern("one more")) == "\u2026");
}
