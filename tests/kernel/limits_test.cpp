// Resource limits, nice and times, and the OOM killer, seen from guest
// programs (tests/kernel/guest): issue 15's acceptance lines.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "guest_run.h"

using namespace forklab;
using namespace forklab::kernel;
using forklab::test::events_of_kind;
using forklab::test::run_guest;

TEST_CASE("RLIMIT_NPROC 10: fork fails with EAGAIN, every child is reaped, the next command runs") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "./nproc_bomb; ./hello next command"}, {"nproc_bomb", "hello"});
  // init, sh and the program count against the limit of 10 too.
  CHECK(r.out == "fork failed after 7 children: EAGAIN\nreaped 7 children\nhello: next command\n");
  CHECK(r.status == 5);
  bool nproc_failure = false;
  for (const Event& e : events_of_kind(s.kernel(), EventKind::fork_failed)) {
    nproc_failure |= s.kernel().events.text(e.text) == "RLIMIT_NPROC reached" && e.f[0] == 11;
  }
  CHECK(nproc_failure);
}

TEST_CASE("zombies fill the process table until fork fails with EAGAIN; init reaps them after") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "./zombie_fill; ./hello fork works again"},
                               {"zombie_fill", "hello"});
  // 64 slots: init, sh and the program leave 61 for zombies.
  CHECK(r.out == "fork failed with EAGAIN after 61 zombies\nhello: fork works again\n");
  usize reaped_by_init = 0;
  for (const Event& e : events_of_kind(s.kernel(), EventKind::reap)) reaped_by_init += e.pid == 1;
  CHECK(reaped_by_init >= 61);
  bool table_full = false;
  for (const Event& e : events_of_kind(s.kernel(), EventKind::fork_failed)) {
    table_full |= s.kernel().events.text(e.text) == "process table full";
  }
  CHECK(table_full);
}

TEST_CASE("--mem 16: the OOM killer ends the program holding the most memory; init and sh go on") {
  lab::SessionConfig config;
  config.kernel.memory_bytes = 16u << 20;
  lab::Session s(config);
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "./memhog; ./hello after the OOM kill"}, {"memhog", "hello"});
  CHECK(r.out == "Killed\nhello: after the OOM kill\n");  // sh reports the SIGKILL, as bash does
  CHECK(r.status == 5);  // sh survived and ran the next command
  std::vector<Event> kills = events_of_kind(s.kernel(), EventKind::oom_kill);
  REQUIRE(kills.size() == 1);
  CHECK(kills[0].f[0] == 3);      // the victim: memhog (sh is 2)
  CHECK(kills[0].f[1] > 3000);    // its score: resident pages, most of 16 MiB (4096 pages)
  MESSAGE("OOM victim pid " << kills[0].f[0] << " with score " << kills[0].f[1] << " pages");
}

TEST_CASE("nice 0 and nice 10 busy loops: nice 0 gets clearly more CPU time") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/nice_share"}, {"nice_share"});
  MESSAGE(r.out);
  usize at = r.out.find("nice 0: ");
  REQUIRE(at != std::string::npos);
  long fast = std::strtol(r.out.c_str() + at + 8, nullptr, 10);
  at = r.out.find("nice 10: ");
  REQUIRE(at != std::string::npos);
  long slow = std::strtol(r.out.c_str() + at + 9, nullptr, 10);
  CHECK(slow > 0);
  CHECK(fast > 5 * slow);
  CHECK(fast + slow > 400);  // together they had most of the half second
}

TEST_CASE("/bin/nice raises the niceness of the command it runs") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "nice; nice -n 5 nice; nice nice -n 3 nice"}, {});
  CHECK(r.out == "0\n5\n13\n");
}

TEST_CASE("a forked child's CPU time starts at zero") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/child_times"}, {"child_times"});
  CHECK(r.out ==
        "parent utime before fork > 0: 1\n"
        "child: utime 0 ticks, children utime 0, rusage utime 0 ms\n"
        "parent: children utime after wait > 0: 1\n");
}

TEST_CASE("default rlimits; RLIMIT_NOFILE, RLIMIT_AS, RLIMIT_CPU and RLIMIT_STACK are enforced") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/limits"}, {"limits"});
  CHECK(r.out ==
        "RLIMIT_NOFILE: 1024 / 4096\n"
        "RLIMIT_STACK: 8388608 / unlimited\n"
        "RLIMIT_CPU: unlimited / unlimited\n"
        "RLIMIT_AS: unlimited / unlimited\n"
        "RLIMIT_CORE: 0 / unlimited\n"
        "overcommit: mmap of 256 MiB works, two pages touched\n"
        "RLIMIT_NOFILE 8: 5 more opens, then EMFILE\n"
        "RLIMIT_AS 4 MiB: mmap of 8 MiB fails with ENOMEM\n"
        "RLIMIT_AS 4 MiB: mmap of 1 MiB works\n"
        "RLIMIT_CPU 1 s: SIGXCPU once the CPU time reached 1 s: 1\n"
        "RLIMIT_CPU: then the default action: status 152\n"
        "RLIMIT_STACK 256 KiB: endless recursion ends with status 139\n");
}

TEST_CASE("ulimit in sh sets the limits its commands inherit") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "ulimit -n 16; ulimit -n; ulimit -u 5; ulimit -u"}, {});
  CHECK(r.out == "16\n5\n");
}

TEST_CASE("time in sh: virtual real time, and the CPU time the command used") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/bin/sh", "-c", "time sleep 1; time yes | head -n 20000 > /dev/null"}, {});
  CHECK(r.out.rfind("\nreal\t0m1.000s\nuser\t0m0.000s\nsys\t0m0.000s\n\nreal\t", 0) == 0);
  usize user = r.out.rfind("user\t0m");
  REQUIRE(user != std::string::npos);
  CHECK(r.out.compare(user, 14, "user\t0m0.000s") != 0);  // yes and head ran for a while
}

TEST_CASE("setpriority on a process group renices each of its processes") {
  lab::Session s;
  test::GuestRun r = run_guest(s, {"/home/student/nice_group"}, {"nice_group"});
  CHECK(r.out == "group at nice 7: 7 7, getpriority of the group: 7\nuser: EACCES to go back to 0\n");
}
