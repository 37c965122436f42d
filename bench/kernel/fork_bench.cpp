// Fork cost with and without copy-on-write (SPEC §9): a guest process with
// 4 MiB of touched data forks 200 children, each writing one page. Prints
// host microseconds per fork+exit+wait and the pages copied.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "lab/session.h"

using namespace forklab;

namespace {

struct Figures {
  double us_per_fork;
  u64 cow_copies;
  u64 instructions;
};

Figures measure(const std::vector<u8>& elf, bool cow, int forks) {
  lab::SessionConfig config;
  config.kernel.cow = cow;
  lab::Session s(config);
  (void)s.add_file("/home/student/fork_loop", elf, 0755);
  s.kernel().console_input_closed = true;
  (void)s.start({"/home/student/fork_loop", std::to_string(forks), "4"});
  auto start = std::chrono::steady_clock::now();
  while (s.run(10'000'000) != kernel::RunStop::top_exited) {
  }
  double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  return {us / forks, s.kernel().events.count_of(kernel::EventKind::cow_copy), s.kernel().m.hart.instret};
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : FORK_LOOP_ELF;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "fork_bench: cannot read %s\n", path);
    return 1;
  }
  std::vector<u8> elf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const int forks = 200;
  // The workload's own start (4 MiB memset) is measured alone and taken off.
  Figures base = measure(elf, true, 1);
  Figures with = measure(elf, true, forks);
  Figures without = measure(elf, false, forks);
  double base_us = base.us_per_fork;
  with.us_per_fork = (with.us_per_fork * forks - base_us) / (forks - 1);
  without.us_per_fork = (without.us_per_fork * forks - base_us) / (forks - 1);
  std::printf("fork+exit+wait of a process with 4 MiB of data, %d times (host time per fork):\n", forks);
  std::printf("  with COW:    %8.1f us per fork, %llu pages copied, %llu guest instructions\n", with.us_per_fork,
              (unsigned long long)with.cow_copies, (unsigned long long)with.instructions);
  std::printf("  without COW: %8.1f us per fork, every page copied at fork, %llu guest instructions\n",
              without.us_per_fork, (unsigned long long)without.instructions);
  std::printf("  ratio: COW fork is %.1fx cheaper\n", without.us_per_fork / with.us_per_fork);
  return 0;
}
