// Source-level stepping and breakpoints (SPEC §4.5) on a program compiled by
// our compiler (its debug information gives lines and frames), and the
// student's inputs (picks, signals) replayed after a reverse step.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "cc/compiler.h"
#include "cc/link.h"
#include "kernel/state_hash.h"
#include "lab/session.h"

using namespace forklab;
using namespace forklab::kernel;
using lab::Session;

namespace {

std::vector<u8> read_host_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Line numbers below refer to this text (line 1 is the #include).
const char kProgram[] =
    "#include <sys/wait.h>\n"             // 1
    "int counter; int fork(void); void _exit(int);\n"  // 2
    "int twice(int x) {\n"                 // 3
    "  int y = x * 2;\n"                   // 4
    "  return y;\n"                        // 5
    "}\n"                                  // 6
    "int main(void) {\n"                   // 7
    "  int a = twice(3);\n"                // 8
    "  counter = a;\n"                     // 9
    "  if (fork() == 0) {\n"               // 10
    "    counter = 100;\n"                 // 11
    "    _exit(0);\n"                      // 12
    "  }\n"                                // 13
    "  wait(0); counter = twice(counter);\n"  // 14
    "  return counter;\n"                  // 15
    "}\n";

// Compiles kProgram with our compiler against the guest libc.
std::vector<u8> build_program() {
  cc::CompileOptions options;
  std::istringstream dirs(FORKLAB_GUEST_INCLUDE_DIRS);
  for (std::string dir; std::getline(dirs, dir, '|');) options.system_dirs.push_back(dir);
  options.read_file = [](const std::string& path, std::string& contents) {
    std::ifstream in(path, std::ios::binary);
    if (!in.good()) return false;
    contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
  };
  cc::CompileResult object = cc::compile_c("steps.c", kProgram, options);
  REQUIRE_MESSAGE(object.ok, object.diagnostics_text);
  Result<std::vector<u8>> elf = cc::link_executable(
      {{"crt0.o", read_host_file(FORKLAB_GUEST_CRT0_PATH)}, {"steps.o", object.object},
       {"libc.a", read_host_file(FORKLAB_GUEST_LIBC_PATH)}},
      {});
  REQUIRE(elf.ok());
  return *elf;
}

void boot(Session& s, const std::vector<u8>& elf) {
  REQUIRE(s.add_file("/home/student/steps", elf, 0755).ok());
  s.kernel().console_is_tty = {false, false, false};
  s.kernel().console_input_closed = true;
  REQUIRE(s.start({"/home/student/steps"}).ok());
}

u32 line_of(Session& s, i32 pid) {
  std::optional<lab::SourcePosition> where = s.sources().position(s.kernel(), pid);
  return where ? where->line : 0;
}

}  // namespace

TEST_CASE("a breakpoint stops the program at its line, and line steps go statement by statement") {
  std::vector<u8> elf = build_program();
  Session s;
  boot(s, elf);
  s.set_breakpoint("steps.c", 8);
  REQUIRE(s.run(50'000'000) == RunStop::breakpoint);
  i32 pid = s.breakpoint_pid();
  CHECK(pid == 2);
  CHECK(line_of(s, pid) == 8);
  std::optional<lab::SourcePosition> at = s.sources().position(s.kernel(), pid);
  REQUIRE(at);
  CHECK(at->function == "main");
  CHECK(at->file == "steps.c");
  s.set_breakpoint("steps.c", 8, false);

  // Into twice(): its first statement, one frame deeper.
  CHECK(s.step(Session::Step::line, 1'000'000, pid) == RunStop::stopped);
  CHECK(line_of(s, pid) == 4);
  std::vector<lab::StackFrame> stack = s.sources().call_stack(s.kernel(), pid);
  REQUIRE(stack.size() == 2);
  CHECK(stack[0].where->function == "twice");
  CHECK(stack[1].where->function == "main");
  CHECK(stack[1].where->line == 8);

  // Out: back in main, the call's line, with twice's result in a0.
  CHECK(s.step(Session::Step::out, 1'000'000, pid) == RunStop::stopped);
  CHECK(line_of(s, pid) == 8);
  CHECK(lab::process_regs(s.kernel(), pid)->x[10] == 6);
  CHECK(s.sources().call_stack(s.kernel(), pid).size() == 1);

  // Over: line by line in main, never inside fork() or twice().
  CHECK(s.step(Session::Step::over, 1'000'000, pid) == RunStop::stopped);
  CHECK(line_of(s, pid) == 9);
  CHECK(s.step(Session::Step::over, 1'000'000, pid) == RunStop::stopped);
  CHECK(line_of(s, pid) == 10);
  CHECK(s.step(Session::Step::over, 10'000'000, pid) == RunStop::stopped);
  CHECK(line_of(s, pid) == 14);  // the parent: fork() returned the child's pid
  CHECK(s.step(Session::Step::over, 1'000'000, pid) == RunStop::stopped);
  CHECK(line_of(s, pid) == 15);
}

TEST_CASE("a breakpoint in the child's branch stops the child") {
  std::vector<u8> elf = build_program();
  Session s;
  boot(s, elf);
  s.set_breakpoint("/home/student/steps.c", 11);  // matched by the trailing name
  REQUIRE(s.run(50'000'000) == RunStop::breakpoint);
  i32 child = s.breakpoint_pid();
  const Process* p = find_process(s.kernel(), child);
  REQUIRE(p != nullptr);
  CHECK(p->ppid == 2);
  CHECK(line_of(s, child) == 11);
  // Going on from the breakpoint leaves it: the child runs to its _exit.
  s.set_breakpoint("/home/student/steps.c", 11, false);
  CHECK(s.step(Session::Step::line, 1'000'000, child) == RunStop::stopped);
  CHECK(line_of(s, child) == 12);
}

TEST_CASE("no debug information: line steps and breakpoints have nothing to stop at") {
  Session s;
  REQUIRE(s.start({"/bin/true"}).ok());
  s.set_breakpoint("true.c", 1);
  RunStop stop = s.run(50'000'000);
  CHECK(stop == RunStop::top_exited);
}

TEST_CASE("signals sent from the lab are logged and replayed after a reverse step") {
  Session s;
  REQUIRE(s.add_file("/home/student/spin", read_host_file(std::string(GUEST_DIR) + "/spin"), 0755).ok());
  REQUIRE(s.start({"/home/student/spin"}).ok());
  REQUIRE(s.run(2'000'000) != RunStop::top_exited);
  s.checkpoint();
  u64 mark = s.kernel().m.hart.instret;
  s.run(100'000);
  s.send_signal(2, 15);
  RunStop stop = s.run(10'000'000);
  REQUIRE(stop == RunStop::top_exited);
  u32 status = u32(s.exit_status());
  CHECK((status & 0x7f) == 15);
  u64 final_hash = kernel::state_hash(s.kernel());

  REQUIRE(s.reverse_to(mark));
  CHECK(s.exit_status() == -1);
  CHECK(s.run(10'000'000) == RunStop::top_exited);
  CHECK(u32(s.exit_status()) == status);
  CHECK(kernel::state_hash(s.kernel()) == final_hash);
}

TEST_CASE("manual picks are inputs too: a replay picks the same processes") {
  lab::SessionConfig config;
  config.kernel.policy = SchedPolicy::manual;
  Session s(config);
  REQUIRE(s.add_file("/home/student/spin", read_host_file(std::string(GUEST_DIR) + "/spin"), 0755).ok());
  REQUIRE(s.start({"/home/student/spin"}).ok());
  s.checkpoint();
  u64 mark = s.kernel().m.hart.instret;
  // Whenever two processes can run, alternate between the highest and the
  // lowest pid: a schedule no automatic policy would make.
  int picks = 0;
  bool high = true;
  RunStop stop;
  while ((stop = s.run(1'000'000)) == RunStop::manual_pick || stop == RunStop::budget) {
    if (stop != RunStop::manual_pick) continue;
    const std::deque<i32>& queue = s.kernel().run_queue;
    REQUIRE(queue.size() >= 2);
    s.pick(high ? *std::max_element(queue.begin(), queue.end()) : *std::min_element(queue.begin(), queue.end()));
    high = !high;
    ++picks;
  }
  CHECK(stop == RunStop::top_exited);
  CHECK(picks > 2);
  u64 final_hash = kernel::state_hash(s.kernel());
  u64 picks_in_trace = 0;
  for (usize i = 0; i < s.kernel().events.size(); ++i) {
    picks_in_trace += s.kernel().events.at(i).kind == EventKind::schedule;
  }

  REQUIRE(s.reverse_to(mark));
  CHECK(s.run(100'000'000) == RunStop::top_exited);  // no pick needed: the log has them
  CHECK(kernel::state_hash(s.kernel()) == final_hash);
  CHECK(picks_in_trace > 2);
}
