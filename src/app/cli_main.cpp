// forklab: the command-line lab (SPEC §8).
//
// For now it knows --version and --help; `run`, `sh`, `cc` and `lesson` come
// with the kernel, compiler and lesson work.
#include <cstdio>
#include <cstring>

#include "base/version.h"

namespace {

constexpr const char* kUsage =
    "usage: forklab COMMAND [options]\n"
    "\n"
    "commands (coming with the kernel and compiler):\n"
    "  run PROG.c|PROG.elf [args...]   compile if needed, boot, run as a child of init\n"
    "  sh -c 'CMDLINE'                 run a shell command line in the VM\n"
    "  cc FILE.c|FILE.o... [-c] -o OUT compile (and link) to an RV32 ELF\n"
    "  lesson check lessons/X.md       run a lesson's checks headless\n"
    "\n"
    "options:\n"
    "  --version   print the build version\n"
    "  --help      print this text\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "--version") == 0) {
    std::printf("forklab %s (%s)\n", forklab::version_string(), forklab::build_kind());
    return 0;
  }
  if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  std::fputs(kUsage, stderr);
  std::fprintf(stderr, "forklab: %s\n", argc < 2 ? "no command given" : "command not implemented yet");
  return 125;  // SPEC §8: 125 for ForkLab's own errors
}
