// Threads, vfork, posix_spawn and mappings seen from guest programs
// (tests/kernel/guest): issue 15's acceptance lines.
#include <doctest/doctest.h>

#include <cstdlib>
#include <set>
#include <string>

#include "guest_run.h"
#include "kernel/abi/process.h"

using namespace forklab;
using namespace forklab::kernel;
using forklab::test::events_of_kind;
using forklab::test::run_guest;

namespace {

long counter_total(const std::string& out) {
  usize at = out.find("counter ");
  REQUIRE(at != std::string::npos);
  return std::strtol(out.c_str() + at + 8, nullptr, 10);
}

long race_total(SchedPolicy policy, u64 seed, bool mutex) {
  lab::SessionConfig config;
  config.kernel.policy = policy;
  config.kernel.seed = seed;
  lab::Session s(config);
  std::vector<std::string> command{"/home/student/race"};
  if (mutex) command.push_back("mutex");
  test::GuestRun r = run_guest(s, command, {"race"});
  CHECK(r.status == 0);
  return counter_total(r.out);
}

}  // namespace

TEST_CASE("two threads and a mutex: the shared counter is exact") {
  CHECK(race_total(SchedPolicy::rr, 1, true) == 200000);
  for (u64 seed : {1, 2, 3}) CHECK(race_total(SchedPolicy::random, seed, true) == 200000);
}

TEST_CASE("two threads without a mutex: under --sched random updates are lost, differently per seed") {
  std::set<long> totals;
  std::string shown;
  bool lost = false;
  for (u64 seed = 1; seed <= 6; ++seed) {
    long total = race_total(SchedPolicy::random, seed, false);
    shown += " seed " + std::to_string(seed) + ": " + std::to_string(total);
    totals.insert(total);
    lost |= total < 200000;
    CHECK(total <= 200000);
  }
  MESSAGE("totals without a mutex (of 200000):" << shown);
  CHECK(lost);
  CHECK(totals.size() >= 2);
}

TEST_CASE("a thread group: one pid, many tids; exit, exit_group and a signal to the group") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/thread_group"}, {"thread_group"});
  CHECK(r.status == 0);
  CHECK(r.out.find("threads in /proc/self/task: 3\n") != std::string::npos);
  CHECK(r.out.find("futex: wait on a changed word EAGAIN, a 10 ms wait ETIMEDOUT after 10 ms, wake of nobody 0\n") !=
        std::string::npos);
  CHECK(r.out.find("exit() in one thread of two: exited 7\n") != std::string::npos);
  CHECK(r.out.find("SIGTERM to a process of three spinning threads: killed by signal 15\n") != std::string::npos);
  CHECK(r.out.find("main thread ended first: exited 0\n") != std::string::npos);
  CHECK(r.out.find("thread reaped its child after main ended: 1, status 4\n") != std::string::npos);
  CHECK(r.out.find("exec from a thread: the other threads are gone\n"
                   "the process that exec'd from a thread: exited 0\n") != std::string::npos);
  // Threads end without zombies or SIGCHLD: only processes are reaped.
  usize thread_exits = 0;
  for (const Event& e : events_of_kind(s.kernel(), EventKind::exit)) {
    if (s.kernel().events.text(e.text) == "thread") ++thread_exits;
  }
  CHECK(thread_exits >= 6);
  for (const Event& e : events_of_kind(s.kernel(), EventKind::fork)) {
    if (e.f[4] & ABI_CLONE_THREAD) CHECK(e.pid != 1);
  }
}

TEST_CASE("ps -L lists each thread of a process") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "./thread_group ps"}, {"thread_group"});
  CHECK(r.status == 0);
  // pid 2 is sh, 3 the program; its threads are tids 4 and 5.
  CHECK(r.out.find("    3     3 ") != std::string::npos);
  CHECK(r.out.find("    3     4 ") != std::string::npos);
  CHECK(r.out.find("    3     5 ") != std::string::npos);
}

TEST_CASE("vfork: the parent is blocked from the fork until the child's exec (events in order)") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/vfork_exec"}, {"vfork_exec", "hello"});
  CHECK(r.out == "hello: after vfork\nparent sees shared=2\nchild exited 5\n");
  const Kernel& k = s.kernel();
  // fork (2 -> 3), block (2 on vfork), ... exec (3), wake (2), and pid 2
  // never got the hart in between.
  enum { none, forked, blocked, execed, woken } stage = none;
  for (usize i = 0; i < k.events.size(); ++i) {
    const Event& e = k.events.at(i);
    if (stage == none && e.kind == EventKind::fork && e.pid == 2) stage = forked;
    else if (stage == forked && e.kind == EventKind::block && e.pid == 2) {
      CHECK(e.f[0] == u32(WaitKind::vfork));
      stage = blocked;
    } else if (stage == blocked && e.kind == EventKind::schedule && e.pid == 2) {
      FAIL("the vfork parent ran before its child's exec");
    } else if (stage == blocked && e.kind == EventKind::exec && e.pid == 3) {
      stage = execed;
    } else if (stage == execed && e.kind == EventKind::wake && e.pid == 2) {
      CHECK(e.f[0] == u32(WaitKind::vfork));
      stage = woken;
    }
  }
  CHECK(stage == woken);
}

TEST_CASE("posix_spawn: a file action sends the child's stdout to a file; attributes set group, mask, defaults") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/spawn_file"}, {"spawn_file", "hello"});
  CHECK(r.out ==
        "posix_spawn returned 0\n"
        "child in its own group: 1\n"
        "child exited 5\n"
        "the file holds: hello: to a file\n"
        "posix_spawnp of a missing program: 2\n"
        "SigBlk:\t0000000000000200\n"
        "SigIgn:\t0000000000000002\n"
        "grep spawned with attributes: 0, exited 0\n");
}

TEST_CASE("MAP_SHARED writes are seen across fork, MAP_PRIVATE writes are not") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/mmap_fork"}, {"mmap_fork"});
  CHECK(r.out ==
        "anonymous: MAP_SHARED sees the child's write: 2, MAP_PRIVATE keeps its own: 1\n"
        "file mapped: hello, file / hello, file\n"
        "parent sees: shared HELLO, private hello\n"
        "file after munmap: HELLO, file\n"
        "read-only still reads: 3\n"
        "store to a read-only page: status 139\n"
        "store after munmap: status 139\n"
        "mmap of a bad fd fails: 1\n");
}
