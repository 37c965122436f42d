// Snapshots and stepping: what the panels will show at each step of cow.c.
#include "lab/snapshot.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "lab/session.h"

using namespace forklab;
using namespace forklab::kernel;

namespace {

void boot_cow(lab::Session& s) {
  std::ifstream in(std::string(GUEST_DIR) + "/cow", std::ios::binary);
  REQUIRE(in.good());
  std::vector<u8> elf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  REQUIRE(s.add_file("/home/student/cow", elf, 0755).ok());
  s.kernel().console_is_tty = {false, false, false};
  s.kernel().console_input_closed = true;
  REQUIRE(s.start({"/home/student/cow"}).ok());
}

const lab::ProcessRow* row(const lab::ProcessTable& t, i32 pid) {
  for (const lab::ProcessRow& r : t.rows) {
    if (r.pid == pid) return &r;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("step to each fork: the table, the shared pages and the fds after it") {
  lab::Session s;
  boot_cow(s);
  REQUIRE(s.step(lab::Session::Step::fork) == RunStop::stopped);  // init forks the program
  REQUIRE(s.step(lab::Session::Step::fork) == RunStop::stopped);  // cow.c forks its child

  lab::ProcessTable t = lab::snapshot_processes(s.kernel());
  REQUIRE(t.rows.size() == 3);
  const lab::ProcessRow* parent = row(t, 2);
  const lab::ProcessRow* child = row(t, 3);
  REQUIRE(parent);
  REQUIRE(child);
  CHECK(child->ppid == 2);
  CHECK(child->state == 'R');
  CHECK(child->fork_return == 3);
  CHECK(child->slot == 2);
  CHECK(child->command == "/home/student/cow");
  CHECK(child->cow_pages > 0);
  CHECK(child->cow_pages == parent->cow_pages);
  CHECK(child->shared_pages == child->resident_pages);  // nothing copied yet

  lab::AddressSpaceView parent_mem = lab::snapshot_memory(s.kernel(), 2);
  lab::AddressSpaceView child_mem = lab::snapshot_memory(s.kernel(), 3);
  REQUIRE(parent_mem.pages.size() == child_mem.pages.size());
  CHECK(parent_mem.root_frame != child_mem.root_frame);
  for (usize i = 0; i < child_mem.pages.size(); ++i) {
    CHECK(child_mem.pages[i].vaddr == parent_mem.pages[i].vaddr);
    CHECK(child_mem.pages[i].frame == parent_mem.pages[i].frame);
    CHECK(child_mem.pages[i].refcount >= 2);
  }

  std::vector<lab::FdRow> fds = lab::snapshot_fds(s.kernel(), 3);
  REQUIRE(fds.size() == 3);
  CHECK(fds[1].kind == "console stream");
  CHECK(fds[1].sharers == 3);  // init, the program and its child share it
  CHECK(fds[1].description == lab::snapshot_fds(s.kernel(), 2)[1].description);
}

TEST_CASE("step to exit: the child becomes a zombie the table shows as such") {
  lab::Session s;
  boot_cow(s);
  REQUIRE(s.step(lab::Session::Step::exit) == RunStop::stopped);
  lab::ProcessTable t = lab::snapshot_processes(s.kernel());
  const lab::ProcessRow* child = row(t, 3);
  REQUIRE(child);
  CHECK(child->state == 'Z');
  CHECK(child->command == "[cow] <defunct>");
  CHECK(child->resident_pages == 0);
  CHECK(lab::snapshot_memory(s.kernel(), 3).pages.empty());
  // One instruction at a time moves the clock by at least one instruction.
  u64 before = s.kernel().m.hart.instret;
  s.step(lab::Session::Step::instruction);
  CHECK(s.kernel().m.hart.instret > before);
}

TEST_CASE("the process table as JSON names every field") {
  lab::ProcessTable t;
  t.instret = 7;
  t.slots = 64;
  lab::ProcessRow r;
  r.pid = 3, r.ppid = 1, r.state = 'Z', r.wchan = "-", r.name = "zombie", r.command = "[zombie] <defunct>";
  r.adopted = true;
  t.rows.push_back(r);
  std::string json = lab::process_table_json(t);
  CHECK(json.rfind("{\"instret\":7,\"time_ns\":0,\"slots\":64,\"processes\":[{\"pid\":3,\"ppid\":1,", 0) == 0);
  CHECK(json.find("\"state\":\"Z\"") != std::string::npos);
  CHECK(json.find("\"adopted\":true") != std::string::npos);
  CHECK(json.find("\"command\":\"[zombie] <defunct>\"}]}") != std::string::npos);
}
