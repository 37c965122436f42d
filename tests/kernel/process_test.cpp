// Kernel behaviour seen from real guest programs (tests/kernel/guest/*.c,
// built against our libc): fork's return values, copy-on-write, orphans,
// zombies, exec, and a schedule that does not depend on host slicing.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "guest_run.h"
#include "kernel/abi/signal.h"
#include "kernel/invariants.h"
#include "lab/session.h"
#include "machine/machine.h"

using namespace forklab;
using namespace forklab::kernel;

namespace {

using Run = test::GuestRun;

// Boots a session, runs /home/student/PROGRAM to its end with host slices
// of `slice` instructions.
Run run_program(lab::Session& s, const std::string& program, u64 slice = 1'000'000,
                std::vector<std::string> also = {}) {
  also.push_back(program);
  return test::run_guest(s, {"/home/student/" + program}, also, slice);
}

std::vector<Event> events_of(const Kernel& k, EventKind kind) { return test::events_of_kind(k, kind); }

}  // namespace

TEST_CASE("fork returns the child's pid in the parent and 0 in the child") {
  lab::Session s;
  Run r = run_program(s, "zombie_then_reap");
  CHECK(r.out == "reaped 1 with status 3\n");
  std::vector<Event> forks = events_of(s.kernel(), EventKind::fork);
  REQUIRE(forks.size() == 2);  // init -> program, program -> child
  const Event& f = forks[1];
  CHECK(f.pid == 2);
  CHECK(f.f[0] == 3);             // child pid
  CHECK(i32(f.f[2]) == 3);        // returned to the parent
  CHECK(i32(f.f[3]) == 0);        // returned to the child
}

TEST_CASE("an exited child is a zombie until its parent waits") {
  lab::Session s;
  run_program(s, "zombie_then_reap");
  const Kernel& k = s.kernel();
  std::vector<Event> zombies = events_of(k, EventKind::zombie);
  std::vector<Event> reaps = events_of(k, EventKind::reap);
  REQUIRE(!zombies.empty());
  CHECK(zombies[0].pid == 3);
  CHECK(zombies[0].f[0] == 2);
  // The parent slept 2 virtual seconds between the child's exit and the reap.
  const Event* reap = nullptr;
  for (const Event& e : reaps) {
    if (e.f[0] == 3) reap = &e;
  }
  REQUIRE(reap != nullptr);
  CHECK(reap->pid == 2);
  CHECK(reap->time_ns - zombies[0].time_ns >= 1'900'000'000ull);
}

TEST_CASE("an orphan is reparented to init, which reaps it") {
  lab::Session s;
  Run r = run_program(s, "orphan");
  CHECK(r.status == 0);
  // The run ends when the program exits; let the orphan finish.
  s.kernel().watched_pid = 0;
  for (int i = 0; i < 1000 && live_process_count(s.kernel()) > 1; ++i) s.run(1'000'000);
  CHECK(r.out == "child: my parent was 0, now it is 1\n");
  std::vector<Event> reparents = events_of(s.kernel(), EventKind::reparent);
  REQUIRE(reparents.size() == 1);
  CHECK(reparents[0].f[0] == 3);
  CHECK(reparents[0].f[1] == 2);
  CHECK(reparents[0].f[2] == 1);
  bool init_reaped = false;
  for (const Event& e : events_of(s.kernel(), EventKind::reap)) init_reaped |= e.pid == 1 && e.f[0] == 3;
  CHECK(init_reaped);
  CHECK(live_process_count(s.kernel()) == 1);
}

TEST_CASE("copy-on-write: the child's store copies one page, the parent keeps its value") {
  lab::Session s;
  Run r = run_program(s, "cow");
  std::string child = r.out.substr(0, r.out.find('\n'));
  std::string parent = r.out.substr(r.out.find('\n') + 1);
  CHECK(child.rfind("child: x=2 at ", 0) == 0);
  CHECK(parent.rfind("parent: x=1 at ", 0) == 0);
  CHECK(child.substr(child.find(" at ")) + "\n" == parent.substr(parent.find(" at ")));

  const Kernel& k = s.kernel();
  std::vector<Event> shares = events_of(k, EventKind::cow_share);
  REQUIRE(shares.size() == 2);
  CHECK(shares[1].f[1] >= 4);  // data, bss pages and the stack were shared
  bool child_copied = false;
  for (const Event& e : events_of(k, EventKind::cow_copy)) {
    if (e.pid == 3) {
      child_copied = true;
      CHECK(e.f[1] != e.f[2]);  // a new frame
    }
  }
  CHECK(child_copied);
}

TEST_CASE("--no-cow: fork copies every page, so no copy-on-write fault happens") {
  lab::SessionConfig config;
  config.kernel.cow = false;
  lab::Session s(config);
  Run r = run_program(s, "cow");
  CHECK(r.out.find("parent: x=1") != std::string::npos);
  CHECK(events_of(s.kernel(), EventKind::cow_copy).empty());
  for (const Event& e : events_of(s.kernel(), EventKind::cow_share)) CHECK(e.f[1] == 0);
}

TEST_CASE("fork, exec and wait run another program with its arguments") {
  lab::Session s;
  Run r = run_program(s, "fork_exec", 1'000'000, {"hello"});
  CHECK(r.out == "hello: from exec\nchild ok exited with 5\n");
  std::vector<Event> execs = events_of(s.kernel(), EventKind::exec);
  REQUIRE(execs.size() == 3);  // init, the program, hello
  CHECK(execs[2].pid == 3);
  CHECK(s.kernel().events.text(execs[2].text) == "./hello");
}

TEST_CASE("the schedule does not depend on how the host slices run()") {
  std::vector<std::string> traces;
  for (u64 slice : {1000ull, 77777ull, 5'000'000ull}) {
    lab::Session s;
    run_program(s, "spin", slice);
    std::string trace;
    const Kernel& k = s.kernel();
    for (usize i = 0; i < k.events.size(); ++i) trace += event_to_json(k.events, k.events.at(i)) + "\n";
    traces.push_back(trace);
  }
  CHECK(traces[0] == traces[1]);
  CHECK(traces[1] == traces[2]);
  CHECK(traces[0].find("\"kind\":\"schedule\"") != std::string::npos);
}

TEST_CASE("a full process table makes fork fail with EAGAIN and says why") {
  lab::SessionConfig config;
  config.kernel.max_processes = 2;  // init and the program: no room for a child
  lab::Session s(config);
  Run r = run_program(s, "zombie_then_reap");
  std::vector<Event> failures = events_of(s.kernel(), EventKind::fork_failed);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].f[0] == 11);  // EAGAIN
  CHECK(s.kernel().events.text(failures[0].text) == "process table full");
}

TEST_CASE("/proc shows the process table as ps reads it") {
  lab::Session s;
  Run r = run_program(s, "procfs");
  CHECK(r.out ==
        "child 1: (procfs) state Z parent is me: 1\n"
        "zombie cmdline bytes: 0\n"
        "my cmdline: /home/student/procfs\n"
        "status has State R: 1, Slot 1: 1\n"
        "/proc lists 3 pids and self: 1\n"
        "/proc/self -> me: 1\n"
        "no such pid: -1\n"
        "after wait: -1\n");
}

TEST_CASE("the invariant checker notices a corrupted frame refcount") {
  lab::Session s;
  run_program(s, "cow");
  Kernel& k = s.kernel();
  REQUIRE(check_invariants(k).empty());
  const Process* init = find_process(k, 1);
  REQUIRE(init != nullptr);
  machine::retain_frame(k.m, k.spaces[init->mm].root_frame);  // a reference nobody holds
  std::vector<std::string> found = check_invariants(k);
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("has refcount 2 but 1 references") != std::string::npos);
}

TEST_CASE("the invariant checker notices an extra fd reference and a stray queue entry") {
  lab::Session s;
  run_program(s, "cow");
  Kernel& k = s.kernel();
  Process* init = find_process(k, 1);
  k.files[init->fds.file(0)].refcount += 1;
  k.run_queue.push_back(999);  // no such process
  std::vector<std::string> found = check_invariants(k);
  REQUIRE(found.size() >= 2);
  CHECK(found[0].find("holds pid 999, which does not exist") != std::string::npos);
  CHECK(found.back().find("counts 2 fds but 1 point at it") != std::string::npos);
}

namespace {

std::string full_trace(const Kernel& k) {
  std::string trace;
  for (usize i = 0; i < k.events.size(); ++i) trace += event_to_json(k.events, k.events.at(i)) + "\n";
  return trace;
}

}  // namespace

TEST_CASE("fork three times: eight processes with eight distinct pids") {
  lab::Session s;
  Run r = run_program(s, "three_forks");
  std::vector<std::string> lines;
  for (usize at = 0; at < r.out.size();) {
    usize end = r.out.find('\n', at);
    lines.push_back(r.out.substr(at, end - at));
    at = end + 1;
  }
  CHECK(lines.size() == 8);
  std::sort(lines.begin(), lines.end());
  CHECK(std::unique(lines.begin(), lines.end()) == lines.end());
}

TEST_CASE("--sched random: seeds change the order, the same seed repeats exactly") {
  std::set<std::string> outputs;
  for (u64 seed = 1; seed <= 20; ++seed) {
    lab::SessionConfig config;
    config.kernel.policy = SchedPolicy::random;
    config.kernel.seed = seed;
    lab::Session s(config);
    outputs.insert(run_program(s, "three_forks").out);
  }
  CHECK(outputs.size() >= 2);

  std::string traces[2];
  for (std::string& trace : traces) {
    lab::SessionConfig config;
    config.kernel.policy = SchedPolicy::random;
    config.kernel.seed = 7;
    lab::Session s(config);
    run_program(s, "three_forks");
    trace = full_trace(s.kernel());
  }
  CHECK(traces[0] == traces[1]);
}

TEST_CASE("child-first and parent-first decide who runs after fork") {
  // How many children pid 2 forks before another process gets the hart.
  auto forks_before_switch = [](SchedPolicy policy) {
    lab::SessionConfig config;
    config.kernel.policy = policy;
    lab::Session s(config);
    run_program(s, "three_forks");
    const Kernel& k = s.kernel();
    int forks = 0;
    for (usize i = 0; i < k.events.size(); ++i) {
      const Event& e = k.events.at(i);
      if (e.kind == EventKind::fork && e.pid == 2) ++forks;
      if (e.kind == EventKind::schedule && e.pid > 2) break;
    }
    return forks;
  };
  CHECK(forks_before_switch(SchedPolicy::parent_first) == 3);  // the parent goes on
  CHECK(forks_before_switch(SchedPolicy::child_first) == 1);   // the child runs at once
}

TEST_CASE("vfork: the parent sleeps in D until the child execs, sharing its memory") {
  lab::Session s;
  Run r = run_program(s, "vfork_exec", 1'000'000, {"hello"});
  CHECK(r.out == "hello: after vfork\nparent sees shared=2\nchild exited 5\n");
  const Kernel& k = s.kernel();
  std::vector<Event> blocks = events_of(k, EventKind::block);
  bool parent_blocked_on_vfork = false;
  for (const Event& e : blocks) parent_blocked_on_vfork |= e.pid == 2 && e.f[0] == u32(WaitKind::vfork);
  CHECK(parent_blocked_on_vfork);
  CHECK(events_of(k, EventKind::cow_share).size() == 1);  // only init's fork shared pages
}
