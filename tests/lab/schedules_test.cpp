// The Schedules panel's explorer: one program under many seeds.
#include "lab/schedules.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

using namespace forklab;

namespace {

std::string read_elf(const char* path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a racy program under 12 seeds of the random scheduler gives several outputs") {
  lab::ScheduleExplorer explorer;
  explorer.start({{"race", read_elf(RACE_ELF)}}, 12);
  while (explorer.step()) {
  }
  CHECK(explorer.done());
  CHECK(explorer.error().empty());
  CHECK(explorer.runs_done() == 12);
  std::vector<lab::ScheduleOutcome> outcomes = explorer.outcomes();
  CHECK(outcomes.size() >= 2);
  usize runs = 0;
  for (const lab::ScheduleOutcome& o : outcomes) {
    runs += o.seeds.size();
    // Every run prints all six lines, in some order.
    CHECK(std::count(o.output.begin(), o.output.end(), '\n') == 6);
  }
  CHECK(runs == 12);
  CHECK(explorer.json().find("\"count\":") != std::string::npos);
}

TEST_CASE("the same seed gives the same output (the explorer is deterministic)") {
  lab::ScheduleExplorer a, b;
  a.start({{"race", read_elf(RACE_ELF)}}, 5);
  b.start({{"race", read_elf(RACE_ELF)}}, 5);
  while (a.step()) {
  }
  while (b.step()) {
  }
  CHECK(a.json() == b.json());
}

TEST_CASE("a program that does not build is reported, not run") {
  lab::ScheduleExplorer explorer;
  explorer.start({{"main.c", "int main(void) { return 0; }"}}, 3);
  CHECK_FALSE(explorer.step());
  CHECK_FALSE(explorer.error().empty());
}
