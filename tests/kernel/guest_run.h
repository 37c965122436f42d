// Running guest programs (tests/kernel/guest, built into GUEST_DIR) on a
// lab session, for the kernel's tests: the programs go to /home/student,
// the command runs as init's first child (pid 2) until it exits.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "kernel/invariants.h"
#include "lab/session.h"

namespace forklab::test {

inline std::vector<u8> read_guest_program(const std::string& name) {
  std::string path = std::string(GUEST_DIR) + "/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing guest program " << path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct GuestRun {
  std::string out;
  int status = -1;  // as a shell reports it
};

// Runs `command` with the guest programs `programs` installed, checking
// the kernel's invariants after every kernel entry.
inline GuestRun run_guest(lab::Session& s, const std::vector<std::string>& command,
                          const std::vector<std::string>& programs, u64 slice = 1'000'000) {
  for (const std::string& name : programs) {
    REQUIRE(s.add_file("/home/student/" + name, read_guest_program(name), 0755).ok());
  }
  GuestRun r;
  s.kernel().config.invariant_interval = 1;
  s.kernel().on_output = [&r](i32, int, std::string_view b) { r.out.append(b); };
  s.kernel().console_is_tty = {false, false, false};
  s.kernel().console_input_closed = true;
  REQUIRE(s.start(command).ok());
  kernel::RunStop stop = kernel::RunStop::budget;
  for (int i = 0; i < 100000 && stop != kernel::RunStop::top_exited; ++i) {
    stop = s.run(slice);
    REQUIRE(stop != kernel::RunStop::deadlock);
  }
  REQUIRE(stop == kernel::RunStop::top_exited);
  r.status = lab::shell_status(u32(s.exit_status()));
  kernel::run_invariant_checker(s.kernel());
  for (const std::string& v : s.kernel().invariant_violations) MESSAGE("invariant: " << v);
  CHECK(s.kernel().invariant_violations.empty());
  return r;
}

inline std::vector<kernel::Event> events_of_kind(const kernel::Kernel& k, kernel::EventKind kind) {
  std::vector<kernel::Event> out;
  for (usize i = 0; i < k.events.size(); ++i) {
    if (k.events.at(i).kind == kind) out.push_back(k.events.at(i));
  }
  return out;
}

}  // namespace forklab::test
