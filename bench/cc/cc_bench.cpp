// cc_bench: compile speed of forklab-cc (issue 16 benchmark).
//   1. a generated 10 000-line C program: lines per second (goal >= 200 000)
//   2. zombie.c, compiled 100 times: milliseconds per compile
// Prints figures; compare runs on the same machine.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

#include "cc/compiler.h"

using namespace forklab::cc;

namespace {

// Structs, loops, switches, arithmetic, calls: a mix like textbook code.
std::string generate_program(int functions, int* lines) {
  std::string s = "struct rec { int id; int vals[4]; long long total; };\n"
                  "int printf(const char *, ...);\n";
  *lines = 2;
  for (int f = 0; f < functions; ++f) {
    std::string n = std::to_string(f);
    s += "int work" + n + "(struct rec *r, int n) {\n"
         "  int acc = " + n + ";\n"
         "  for (int i = 0; i < n; i++) {\n"
         "    acc += r->vals[i & 3] * (i + " + n + ");\n"
         "    if (acc > 100000) acc -= 99991;\n"
         "    switch (i % 4) {\n"
         "      case 0: acc ^= 0x55; break;\n"
         "      case 1: acc += i << 2; break;\n"
         "      default: acc -= i; break;\n"
         "    }\n"
         "  }\n"
         "  r->total += acc;\n"
         "  return acc % 1000;\n"
         "}\n";
    *lines += 14;
  }
  s += "int main(void) {\n  struct rec r = {1, {1, 2, 3, 4}, 0};\n  int t = 0;\n";
  *lines += 3;
  for (int f = 0; f < functions; f += 25) {
    s += "  t += work" + std::to_string(f) + "(&r, 10);\n";
    ++*lines;
  }
  s += "  printf(\"%d %lld\\n\", t, r.total);\n  return 0;\n}\n";
  *lines += 3;
  return s;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// This process's CPU time: on a shared machine wall time also counts the
// time spent waiting for a core, so both are printed.
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main() {
  int lines = 0;
  std::string prog = generate_program(714, &lines);
  CompileOptions opts;
  // Warm-up, then the best of five (wall and CPU time each).
  compile_c("gen.c", prog, opts);
  double best = 1e9, best_cpu = 1e9;
  size_t obj_size = 0;
  for (int i = 0; i < 5; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_seconds();
    CompileResult r = compile_c("gen.c", prog, opts);
    double dt = seconds_since(t0), dc = cpu_seconds() - c0;
    if (!r.ok) {
      fprintf(stderr, "cc_bench: generated program failed to compile:\n%s", r.diagnostics_text.c_str());
      return 1;
    }
    obj_size = r.object.size();
    if (dt < best) best = dt;
    if (dc < best_cpu) best_cpu = dc;
  }
  printf("cc_bench: generated program: %d lines, %zu-byte object (goal >= 200000 lines/s):\n"
         "  wall %.1f ms = %.0f lines/s; CPU %.1f ms = %.0f lines/s\n",
         lines, obj_size, best * 1e3, lines / best, best_cpu * 1e3, lines / best_cpu);

  const char* zombie =
      "#include <stdio.h>\n#include <stdlib.h>\n\nint main(void)\n{\n\tpid_t pid;\n\n"
      "\tprintf(\"parent : %d\\n\", getpid());\n\n\tpid = fork();\n\n\tif (pid == 0) {\n"
      "\t\tprintf(\"child : %d\\n\", getpid());\n\t\tsleep(2);\n\t\tprintf(\"child exit\\n\");\n"
      "\t\texit(1);\n\t}\n\n\t/* in parent */\n\twhile (1)\n\t{\n\t\tsleep(1);\n\t}\n}\n";
  CompileOptions zopts;
  zopts.read_file = [](const std::string& path, std::string& out) {
    if (path == "inc/stdio.h") out = "typedef unsigned int size_t; int printf(const char *, ...);\n";
    else if (path == "inc/stdlib.h") out = "typedef int pid_t; void exit(int);\n";
    else return false;
    return true;
  };
  zopts.include_dirs.push_back("inc");
  auto t0 = std::chrono::steady_clock::now();
  double c0 = cpu_seconds();
  for (int i = 0; i < 100; ++i) compile_c("zombie.c", zombie, zopts);
  printf("cc_bench: zombie.c natively: wall %.3f ms, CPU %.3f ms per compile\n", seconds_since(t0) * 10,
         (cpu_seconds() - c0) * 10);
  return 0;
}
