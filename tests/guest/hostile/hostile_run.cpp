// Runs one hostile guest program (tests/guest/hostile/CASE.case) on our
// kernel through the lab API and checks that it ends the documented way:
//
//   hostile_run [--strict-wall] CASE_FILE GUEST_DIR
//
// A case file has "key: value" lines ('#' starts a comment):
//   command: PROGRAM ARGS...   the program (from GUEST_DIR) and its arguments
//   nproc: N / mem: MIB        machine settings (defaults: 64 and 64 MiB)
//   end: exit N | signal N | budget | deadlock
//                              how the program must end: its exit status,
//                              the signal that killed it, the instruction
//                              budget running out, or no process able to run
//   output: REGEX              the whole stdout must match (ECMAScript); more
//                              output lines add "\n" and the next regex
//   event: KIND >= N           an event count the run must reach (or "<= N")
//
// Whatever the program does, within its budget of 100 M guest instructions:
// the host's peak memory (getrusage) must stay under 512 MiB; then the lab
// stops every process but init, the invariant checker must find nothing,
// and a new program (hello) must run normally in the same session. The
// figures (instructions, wall time, peak RSS, events) are printed;
// --strict-wall also fails a run that took more than 10 s of wall time
// (for bench/, not for tests: tests do not time the host).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "kernel/invariants.h"
#include "lab/session.h"

using namespace forklab;

namespace {

constexpr u64 kBudget = 100'000'000;      // guest instructions for the hostile program
constexpr u64 kCleanupBudget = 50'000'000;
constexpr long kMaxRssKiB = 512 * 1024;
constexpr double kMaxWallSeconds = 10.0;

struct EventCheck {
  kernel::EventKind kind{};
  bool at_least = true;
  u64 count = 0;
};

struct Case {
  std::vector<std::string> command;
  u32 nproc = 64;
  u32 mem_mib = 64;
  std::string end;
  std::string output_regex;
  bool has_output = false;
  std::vector<EventCheck> events;
};

int failures = 0;

void fail(const std::string& what) {
  std::printf("FAIL: %s\n", what.c_str());
  ++failures;
}

std::vector<std::string> split(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool find_event_kind(const std::string& name, kernel::EventKind* out) {
  for (usize i = 0; i < kernel::kEventKindCount; ++i) {
    if (name == kernel::event_kind_name(kernel::EventKind(i))) {
      *out = kernel::EventKind(i);
      return true;
    }
  }
  return false;
}

bool parse_case(const std::string& path, Case* c) {
  std::ifstream in(path);
  if (!in) return false;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    usize colon = line.find(": ");
    if (colon == std::string::npos) {
      std::printf("bad line in %s: %s\n", path.c_str(), line.c_str());
      return false;
    }
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "command") {
      c->command = split(value);
    } else if (key == "nproc") {
      c->nproc = u32(std::stoul(value));
    } else if (key == "mem") {
      c->mem_mib = u32(std::stoul(value));
    } else if (key == "end") {
      c->end = value;
    } else if (key == "output") {
      if (c->has_output) c->output_regex += "\n";
      c->output_regex += value;
      c->has_output = true;
    } else if (key == "event") {
      std::vector<std::string> w = split(value);
      EventCheck check;
      if (w.size() != 3 || !find_event_kind(w[0], &check.kind) || (w[1] != ">=" && w[1] != "<=")) {
        std::printf("bad event check in %s: %s\n", path.c_str(), value.c_str());
        return false;
      }
      check.at_least = w[1] == ">=";
      check.count = std::stoull(w[2]);
      c->events.push_back(check);
    } else {
      std::printf("unknown key in %s: %s\n", path.c_str(), key.c_str());
      return false;
    }
  }
  return !c->command.empty() && !c->end.empty();
}

bool read_file(const std::string& path, std::vector<u8>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// How the watched program ended, in the case file's words.
std::string describe_end(kernel::RunStop stop, i32 wait_status) {
  if (stop == kernel::RunStop::top_exited) {
    u32 s = u32(wait_status);
    if ((s & 0x7f) == 0) return "exit " + std::to_string((s >> 8) & 0xff);
    return "signal " + std::to_string(s & 0x7f);
  }
  if (stop == kernel::RunStop::budget) return "budget";
  if (stop == kernel::RunStop::deadlock) return "deadlock";
  if (stop == kernel::RunStop::all_exited) return "all exited";
  return "stopped otherwise";
}

// Runs until the watched program exits or `budget` instructions are spent.
kernel::RunStop run_watched(lab::Session& s, u64 budget) {
  kernel::Kernel& k = s.kernel();
  u64 start = k.m.hart.instret;
  kernel::RunStop stop = kernel::RunStop::budget;
  while (k.m.hart.instret - start < budget) {
    stop = s.run(std::min<u64>(budget - (k.m.hart.instret - start), 1'000'000));
    if (stop != kernel::RunStop::budget) break;
  }
  return stop;
}

long peak_rss_kib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  bool strict_wall = argc > 1 && std::string(argv[1]) == "--strict-wall";
  int first = strict_wall ? 2 : 1;
  if (argc - first != 2) {
    std::fprintf(stderr, "usage: hostile_run [--strict-wall] CASE_FILE GUEST_DIR\n");
    return 2;
  }
  std::string case_path = argv[first], guest_dir = argv[first + 1];
  Case c;
  if (!parse_case(case_path, &c)) {
    std::printf("cannot use case file %s\n", case_path.c_str());
    return 2;
  }

  lab::SessionConfig config;
  config.kernel.max_processes = c.nproc;
  config.kernel.memory_bytes = c.mem_mib << 20;
  config.kernel.invariant_interval = 1024;  // the same in debug (asan) and release builds
  lab::Session s(config);
  kernel::Kernel& k = s.kernel();
  std::string out;
  k.on_output = [&out](i32, int stream, std::string_view b) {
    if (stream == 1) out.append(b);
  };
  k.console_is_tty = {false, false, false};
  k.console_input_closed = true;
  for (const std::string& name : {c.command[0], std::string("hello")}) {
    std::vector<u8> elf;
    if (!read_file(guest_dir + "/" + name, &elf)) {
      std::printf("missing guest program %s/%s\n", guest_dir.c_str(), name.c_str());
      return 2;
    }
    if (!s.add_file("/home/student/" + name, elf, 0755).ok()) return 2;
  }
  std::vector<std::string> command = c.command;
  command[0] = "/home/student/" + command[0];
  if (Status started = s.start(command); !started.ok()) {
    std::printf("cannot start: %s\n", started.error().message.c_str());
    return 2;
  }

  // Live processes, counted from fork and reap events, for the peak.
  usize live = kernel::live_process_count(k), peak_processes = live;
  k.on_event = [&](const kernel::Event& e) {
    if (e.kind == kernel::EventKind::fork) peak_processes = std::max(peak_processes, ++live);
    if (e.kind == kernel::EventKind::reap && live > 0) --live;
  };

  // 1. The hostile program, within its budget.
  auto wall_start = std::chrono::steady_clock::now();
  u64 insn_start = k.m.hart.instret;
  kernel::RunStop stop = run_watched(s, kBudget);
  u64 used = k.m.hart.instret - insn_start;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
  std::string ended = describe_end(stop, s.exit_status());
  if (ended != c.end) fail("ended with '" + ended + "', expected '" + c.end + "'");
  if (used > kBudget + 1'000'000) fail("used " + std::to_string(used) + " instructions");
  if (c.has_output && !std::regex_match(out, std::regex(c.output_regex))) {
    fail("output does not match /" + c.output_regex + "/; got:\n" + out);
  }
  for (const EventCheck& e : c.events) {
    u64 n = k.events.count_of(e.kind);
    if (e.at_least ? n < e.count : n > e.count) {
      fail(std::string("event ") + kernel::event_kind_name(e.kind) + " happened " + std::to_string(n) +
           " times, expected " + (e.at_least ? ">= " : "<= ") + std::to_string(e.count));
    }
  }

  // 2. The lab stops what is left; init reaps it all.
  s.kill_all_but_init();
  k.watched_pid = 0;
  u64 cleanup_start = k.m.hart.instret;
  while (kernel::live_process_count(k) > 1 && k.m.hart.instret - cleanup_start < kCleanupBudget) {
    kernel::RunStop r = s.run(1'000'000);
    if (r == kernel::RunStop::deadlock || r == kernel::RunStop::all_exited) break;
  }
  if (kernel::live_process_count(k) != 1 || !kernel::find_process(k, 1)) {
    fail("after the stop, " + std::to_string(kernel::live_process_count(k)) + " processes are left (init only expected)");
  }

  // 3. The invariants hold.
  kernel::run_invariant_checker(k);
  for (const std::string& v : k.invariant_violations) fail("invariant: " + v);

  // 4. A new program runs normally in the same session.
  out.clear();
  if (Status launched = s.launch({"/home/student/hello"}); !launched.ok()) {
    fail("cannot launch hello: " + launched.error().message);
  } else {
    kernel::RunStop r = run_watched(s, 10'000'000);
    if (describe_end(r, s.exit_status()) != "exit 0" || out != "hello after the storm\n") {
      fail("hello afterwards: " + describe_end(r, s.exit_status()) + ", output '" + out + "'");
    }
    kernel::run_invariant_checker(k);
    for (const std::string& v : k.invariant_violations) fail("invariant after hello: " + v);
  }

  long rss = peak_rss_kib();
  if (rss > kMaxRssKiB) fail("peak host memory " + std::to_string(rss) + " KiB");
  if (strict_wall && wall > kMaxWallSeconds) fail("took " + std::to_string(wall) + " s of wall time");
  std::printf("%s: ended '%s' after %llu instructions, %.2f s wall, peak RSS %ld KiB, "
              "peak %zu processes, %llu events (%llu dropped)\n",
              case_path.substr(case_path.find_last_of('/') + 1).c_str(), ended.c_str(),
              static_cast<unsigned long long>(used), wall, rss, peak_processes,
              static_cast<unsigned long long>(k.events.total()),
              static_cast<unsigned long long>(k.events.dropped()));
  return failures ? 1 : 0;
}
