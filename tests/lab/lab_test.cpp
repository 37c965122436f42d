// The Lab as the panels and the JS API drive it: the printed zombie.c run
// through the shell, the queries the browser tests read, reverse steps.
#include "lab/lab.h"
#include "lab/snapshot.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <regex>

using namespace forklab;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs until `done` holds or `seconds` more of virtual time have passed.
template <class Done>
bool run_until(lab::Lab& lab, Done done, double seconds) {
  lab.run();
  u64 end = kernel::now_ns(lab.session().kernel()) + u64(seconds * 1e9);
  while (kernel::now_ns(lab.session().kernel()) < end) {
    lab.tick(1'000'000, 10'000'000);  // at most 10 ms of virtual time a tick
    if (done()) return true;
  }
  return false;
}

// The "state" letter of `pid` in the processes JSON ('?' when absent).
char state_of(const std::string& json, int pid) {
  std::smatch m;
  std::regex re("\\{\"pid\":" + std::to_string(pid) + ",[^}]*\"state\":\"(.)\"");
  return std::regex_search(json, m, re) ? m[1].str()[0] : '?';
}

}  // namespace

TEST_CASE("zombie.c through the lab: parent S, child Z, fork labels, COW in the memory query") {
  lab::Lab lab;
  lab.set_files({{"zombie", read_file(ZOMBIE_ELF)}});
  REQUIRE(lab.start_program());
  CHECK(lab.build().program == "/home/student/zombie");
  // sh is pid 2, ./zombie pid 3, its child pid 4; the child exits after 2 s.
  // The parent wakes each second (and once for SIGCHLD), so wait for the
  // moment both are settled.
  bool zombie = run_until(lab, [&] {
    std::string ps = lab.query("processes");
    return state_of(ps, 4) == 'Z' && state_of(ps, 3) == 'S';
  }, 10);
  REQUIRE(zombie);
  std::string ps = lab.query("processes");
  CHECK(ps.find("\"pid\":4,\"ppid\":3,") != std::string::npos);
  CHECK(ps.find("\"fork_label_parent\":\"fork() = 4\",\"fork_label_child\":\"fork() = 0\"") != std::string::npos);
  std::string tree = lab.query("tree");
  CHECK(tree.find("\"pid\":4,\"ppid\":3,\"name\":\"zombie\",\"state\":\"Z\"") != std::string::npos);
  CHECK(tree.find("\"fork_return_in_parent\":4,\"fork_return_in_child\":0") != std::string::npos);

  // The child wrote to its copy of the globals (stdio's buffers): the
  // memory query lists its cow_copy events, even now it is a zombie.
  std::string mem = lab.query("memory", 3);
  CHECK(mem.find("\"pid\":3,") == 1);
  CHECK(mem.find("\"kind\":\"text\"") != std::string::npos);
  std::string child_mem = lab.query("memory", 4);
  CHECK(child_mem.find("\"pages\":[]") != std::string::npos);
  CHECK(child_mem.find("\"pid\":4,\"kind\":\"cow_copy\"") != std::string::npos);

  // The terminal shows who printed each line.
  std::string term = lab.query("terminal");
  CHECK(term.find("{\"pid\":3,\"text\":\"parent : 3\"}") != std::string::npos);
  CHECK(term.find("{\"pid\":4,\"text\":\"child : 4\"}") != std::string::npos);
  CHECK(term.find("{\"pid\":2,\"text\":\"$ ./zombie\"}") != std::string::npos);  // sh's prompt, then the echo
}

TEST_CASE("right after fork the memory query shows COW-shared pages in both processes") {
  lab::Lab lab;
  lab.set_files({{"zombie", read_file(ZOMBIE_ELF)}});
  REQUIRE(lab.start_program());
  // Forks: sh forks ./zombie (pid 3), then zombie forks its child (pid 4);
  // each step stops right after one, before the child has run.
  REQUIRE(lab.step(lab::Session::Step::fork) == kernel::RunStop::stopped);
  REQUIRE(lab.step(lab::Session::Step::fork) == kernel::RunStop::stopped);
  // The frame owners taken with the process table are the ones taken alone.
  lab::FrameOwners with_table;
  lab::snapshot_processes(lab.session().kernel(), &with_table);
  lab::FrameOwners alone = lab::snapshot_frame_owners(lab.session().kernel());
  CHECK(with_table.by_frame == alone.by_frame);
  CHECK(with_table.free_frames == alone.free_frames);
  std::string parent = lab.query("memory", 3), child = lab.query("memory", 4);
  std::smatch m;
  REQUIRE(std::regex_search(child, m, std::regex("\"cow_shared_pages\":([0-9]+)")));
  CHECK(std::stoi(m[1]) > 0);
  CHECK(child.find("\"sharers\":[3,4]") != std::string::npos);
  CHECK(parent.find(" cow\"") != std::string::npos);
}

TEST_CASE("N steps forward then N back gives the initial state hash") {
  lab::Lab lab;
  lab.set_files({{"zombie", read_file(ZOMBIE_ELF)}});
  REQUIRE(lab.start_program());
  for (int i = 0; i < 5; ++i) lab.step(lab::Session::Step::syscall);
  u64 start = lab.state_hash();
  std::string start_terminal = lab.query("terminal");
  const int n = 12;
  std::vector<u64> hashes;
  for (int i = 0; i < n; ++i) {
    lab.step(i % 3 == 0 ? lab::Session::Step::instruction : lab::Session::Step::syscall);
    hashes.push_back(lab.state_hash());
  }
  CHECK(lab.state_hash() != start);
  for (int i = n - 1; i >= 0; --i) {
    CHECK(lab.state_hash() == hashes[usize(i)]);
    REQUIRE(lab.step_back());
  }
  CHECK(lab.state_hash() == start);
  CHECK(lab.query("terminal") == start_terminal);
  // And forward again gives the same states.
  for (int i = 0; i < n; ++i) {
    lab.step(i % 3 == 0 ? lab::Session::Step::instruction : lab::Session::Step::syscall);
    CHECK(lab.state_hash() == hashes[usize(i)]);
  }
}

TEST_CASE("^C from the terminal arrives as SIGINT and ends the program") {
  lab::Lab lab;
  lab.set_files({{"zombie", read_file(ZOMBIE_ELF)}});
  REQUIRE(lab.start_program());
  REQUIRE(run_until(lab, [&] { return state_of(lab.query("processes"), 3) == 'S'; }, 5));
  lab.pause();
  // SIGINT, as ^C in the terminal sends it: sh gives its foreground
  // children the default action back.
  CHECK(lab.signal_terminal(2) >= 2);  // ./zombie and its child (sh too, which ignores it)
  CHECK_FALSE(lab.send_signal(999, 9));
  lab.step(lab::Session::Step::exit);
  std::string ps = lab.query("processes");
  char state = state_of(ps, 3);
  CHECK((state == 'Z' || state == '?'));  // killed: a zombie until sh reaps it
  CHECK(lab.query("events").find("\"kind\":\"signal_sent\"") != std::string::npos);
}

TEST_CASE("C sources are refused with a clear message until the compiler is in the lab") {
  lab::Lab lab;
  lab.set_files({{"main.c", "int main(void) { return 0; }\n"}});
  CHECK_FALSE(lab.start_program());
  REQUIRE(lab.build().messages.size() == 1);
  CHECK(lab.build().messages[0].message.find("compiling") != std::string::npos);
  CHECK(lab.query("build").find("\"ok\":false") != std::string::npos);
}

TEST_CASE("unknown queries answer with an error, not a crash") {
  lab::Lab lab;
  CHECK(lab.query("nonsense").find("\"error\"") != std::string::npos);
  CHECK(lab.query("memory", 12345).find("\"pages\":[]") != std::string::npos);
  CHECK(lab.query("cpu", -1).find("\"valid\":false") != std::string::npos);
}

TEST_CASE("a guest killed by SIGSEGV gets a crash report with the address") {
  lab::Lab lab;
  lab.set_files({{"segv", read_file(std::string(GUEST_DIR) + "/segv")}});
  REQUIRE(lab.start_program());
  run_until(lab, [&] { return !lab::crash_reports(lab.session().kernel()).empty(); }, 5);
  std::vector<lab::CrashReport> crashes = lab::crash_reports(lab.session().kernel());
  REQUIRE(crashes.size() == 1);
  CHECK(crashes[0].pid == 3);
  CHECK(crashes[0].sig == 11);
  CHECK(crashes[0].has_address);
  CHECK(lab.query("crashes").find("\"name\":\"segv\",\"sig\":11,\"signal\":\"SIGSEGV\",\"address\":16,\"access\":\"store\"") !=
        std::string::npos);
}
