// Keys typed at the terminal are inputs of the run (SPEC §4.7): the line
// discipline acts on them when they are replayed, at the same instruction
// count, so a reverse step after ^C and ^Z gives back the same future.
#include "lab/session.h"

#include <doctest/doctest.h>

#include <functional>
#include <string>

#include "kernel/state_hash.h"

using namespace forklab;
using namespace forklab::kernel;

namespace {

std::string trace_from(const Kernel& k, u64 from) {
  std::string trace;
  for (usize i = 0; i < k.events.size(); ++i) {
    if (k.events.at(i).seq >= from) trace += event_to_json(k.events, k.events.at(i)) + "\n";
  }
  return trace;
}

// Runs in small slices until `done` holds (or the shell exits).
void run_until(lab::Session& s, const std::string& out, const std::function<bool()>& done) {
  for (int i = 0; i < 20000 && !done(); ++i) {
    if (s.run(20'000) == RunStop::top_exited) break;
  }
  INFO("terminal: " << out);
  REQUIRE(done());
}

bool sleeping_in(const Kernel& k, const std::string& name, WaitKind channel) {
  for (const Process& p : k.procs) {
    if (p.live && p.name == name && p.state == ProcState::sleeping && p.channel.kind == channel) return true;
  }
  return false;
}

usize count(const std::string& text, const std::string& what) {
  usize n = 0;
  for (usize at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("typed ^C and ^Z replay after a reverse: the same state, the same future") {
  lab::Session s;
  Kernel& k = s.kernel();
  std::string out;
  k.on_output = [&out](i32, int, std::string_view b) { out.append(b); };
  k.console_is_tty = {true, true, true};
  REQUIRE(s.start({"/bin/sh"}).ok());
  run_until(s, out, [&] { return sleeping_in(k, "sh", WaitKind::tty_read); });

  s.checkpoint();  // keys typed right after it, at the same instruction count, are replayed
  u64 at = k.m.hart.instret, hash = state_hash(k), seq = k.events.total();
  usize out_at = out.size();

  // A busy background job keeps the clock from jumping over the sleep.
  s.type("yes > /dev/null &\n");
  run_until(s, out, [&] { return count(out, "$ ") == 2; });
  s.type("sleep 100\n");
  run_until(s, out, [&] { return sleeping_in(k, "sleep", WaitKind::timer); });
  s.type("\x03");
  run_until(s, out, [&] { return count(out, "$ ") == 3; });
  s.type("sleep 50\n");
  run_until(s, out, [&] { return sleeping_in(k, "sleep", WaitKind::timer); });
  s.type("\x1a");
  run_until(s, out, [&] { return out.find("Stopped") != std::string::npos && count(out, "$ ") == 4; });
  s.type("kill %1 %2; echo after $?\nexit\n");
  run_until(s, out, [&] { return s.exit_status() >= 0; });
  CHECK(out.find("sleep 100\n^C\n$ ") != std::string::npos);
  CHECK(out.find("^Z\n[2]+  Stopped                 sleep 50\n") != std::string::npos);
  CHECK(out.find("after 0") != std::string::npos);
  std::string future = trace_from(k, seq), future_out = out.substr(out_at);

  REQUIRE(s.reverse_to(at));
  CHECK(state_hash(k) == hash);
  out.resize(out_at);
  run_until(s, out, [&] { return s.exit_status() >= 0; });
  CHECK(out.substr(out_at) == future_out);
  CHECK(trace_from(k, seq) == future);
}
