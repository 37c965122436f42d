// Checkpoints (SPEC §4.7): going back restores exactly the state that was
// saved, and running on from there gives the same future.
#include "lab/session.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "kernel/state_hash.h"

using namespace forklab;
using namespace forklab::kernel;

namespace {

std::vector<u8> guest_program(const std::string& name) {
  std::ifstream in(std::string(GUEST_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void boot(lab::Session& s, const std::string& program, std::string* out) {
  REQUIRE(s.add_file("/home/student/" + program, guest_program(program), 0755).ok());
  s.kernel().on_output = [out](i32, int, std::string_view b) { out->append(b); };
  s.kernel().console_is_tty = {false, false, false};
  s.kernel().console_input_closed = true;
  REQUIRE(s.start({"/home/student/" + program}).ok());
}

// Events from seq `from` on, as JSON lines.
std::string trace_from(const Kernel& k, u64 from) {
  std::string trace;
  for (usize i = 0; i < k.events.size(); ++i) {
    if (k.events.at(i).seq >= from) trace += event_to_json(k.events, k.events.at(i)) + "\n";
  }
  return trace;
}

void run_to_end(lab::Session& s) {
  for (int i = 0; i < 100000 && s.run(1'000) != RunStop::top_exited;) ++i;
}

}  // namespace

TEST_CASE("reverse to a checkpoint: same state hash, then the same future") {
  lab::Session s;
  std::string out;
  boot(s, "three_forks", &out);
  s.run(6'000);  // some processes exist, some have printed
  s.checkpoint();
  u64 at = s.kernel().m.hart.instret;
  u64 hash = state_hash(s.kernel());
  u64 seq = s.kernel().events.total();
  usize out_before = out.size();

  run_to_end(s);
  std::string future = trace_from(s.kernel(), seq);
  std::string future_out = out.substr(out_before);
  REQUIRE(future.find("\"kind\":\"exit\"") != std::string::npos);
  CHECK(state_hash(s.kernel()) != hash);

  REQUIRE(s.reverse_to(at));
  CHECK(s.kernel().m.hart.instret == at);
  CHECK(state_hash(s.kernel()) == hash);
  CHECK(s.kernel().events.total() == seq);

  out.resize(out_before);
  run_to_end(s);
  CHECK(trace_from(s.kernel(), seq) == future);
  CHECK(out.substr(out_before) == future_out);
}

TEST_CASE("reverse to a moment between checkpoints replays to it") {
  lab::SessionConfig config;
  config.checkpoint_every_insns = 1'000;
  lab::Session s(config);
  std::string out;
  boot(s, "cow", &out);
  s.run(2'500);
  u64 target = s.kernel().m.hart.instret;
  u64 hash = state_hash(s.kernel());
  run_to_end(s);
  REQUIRE(s.checkpoints().size() >= 3);
  REQUIRE(s.reverse_to(target));
  CHECK(s.kernel().m.hart.instret == target);
  CHECK(state_hash(s.kernel()) == hash);
}

TEST_CASE("a small budget thins old checkpoints, and restoring still works") {
  lab::SessionConfig config;
  config.checkpoint_every_insns = 500;
  config.checkpoint_budget = 120 * 4096;  // 120 frames: fewer than the run needs
  lab::Session s(config);
  std::string out;
  boot(s, "three_forks", &out);
  run_to_end(s);
  const lab::Checkpoints& cps = s.checkpoints();
  INFO("checkpoints kept: " << cps.size() << ", bytes " << cps.bytes_stored());
  CHECK(cps.bytes_stored() <= 120 * 4096);
  REQUIRE(cps.size() >= 2);
  u64 oldest = cps.instret_of(0);
  CHECK(oldest > 0);  // the first ones were thinned away
  CHECK_FALSE(s.reverse_to(oldest - 1));
  CHECK(s.reverse_to(oldest));
  CHECK(s.kernel().m.hart.instret == oldest);
}
