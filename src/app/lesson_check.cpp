// `forklab lesson check LESSON.md`: runs a lesson's steps headless and
// prints each check with its outcome (SPEC §7). Exit status 0 when every
// check holds, 1 when one fails, 125 when the lesson cannot run at all.
//
// Options change the lesson's setting, so a test can show that its checks
// can fail: --seed N, --sched POLICY, --no-cow, --nproc N, --mem MIB and
// --program NAME=FILE (use another source file for program NAME).
// --output prints what the processes wrote to the console at the end.
#include "app/lesson_check.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "kernel/kernel.h"
#include "lab/lesson.h"

namespace forklab::app {

namespace {

std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in.good()) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int fail(const std::string& message) {
  std::fprintf(stderr, "forklab lesson: %s\n", message.c_str());
  return 125;
}

}  // namespace

int lesson_main(const std::vector<std::string>& args, const lab::ProgramBuilder& build) {
  if (args.size() < 2 || args[0] != "check") {
    return fail("use: forklab lesson check LESSON.md [--seed N] [--sched P] [--no-cow] [--nproc N] "
                "[--mem MIB] [--program NAME=FILE] [--output]");
  }
  std::filesystem::path path = args[1];
  std::optional<std::string> text = read_text(path);
  if (!text) return fail("cannot read " + path.string());
  Result<lab::Lesson> lesson = lab::parse_lesson(*text, path.stem().string());
  if (!lesson.ok()) return fail(lesson.error().message);

  std::map<std::string, std::filesystem::path> replaced;
  bool show_output = false;
  for (usize i = 2; i < args.size(); ++i) {
    const std::string& opt = args[i];
    bool has_value = i + 1 < args.size();
    if (opt == "--no-cow") lesson->cow = false;
    else if (opt == "--output") show_output = true;
    else if (opt == "--seed" && has_value) lesson->seed = std::strtoull(args[++i].c_str(), nullptr, 10);
    else if (opt == "--sched" && has_value) {
      kernel::SchedPolicy policy;
      if (!kernel::parse_sched_policy(args[++i], &policy)) return fail("unknown policy " + args[i]);
      lesson->scheduler = args[i];
    } else if (opt == "--nproc" && has_value) lesson->nproc = u32(std::strtoul(args[++i].c_str(), nullptr, 10));
    else if (opt == "--mem" && has_value) lesson->memory_mib = u32(std::strtoul(args[++i].c_str(), nullptr, 10));
    else if (opt == "--program" && has_value) {
      std::string spec = args[++i];
      usize eq = spec.find('=');
      if (eq == std::string::npos) return fail("--program takes NAME=FILE");
      replaced[spec.substr(0, eq)] = spec.substr(eq + 1);
    } else {
      return fail("unknown option " + opt);
    }
  }

  // Programs and files live in programs/ beside the lesson.
  std::filesystem::path dir = path.parent_path() / "programs";
  auto reader = [&](const std::string& name) -> std::optional<std::string> {
    auto it = replaced.find(name);
    return read_text(it != replaced.end() ? it->second : dir / name);
  };
  lab::LessonRun run(std::move(*lesson), build, reader);
  if (Status started = run.start(); !started.ok()) return fail(started.error().message);

  int failed = 0, passed = 0;
  std::printf("lesson %s: %s\n", run.lesson().name.c_str(), run.lesson().title.c_str());
  for (usize i = 0; i < run.lesson().steps.size(); ++i) {
    const lab::LessonStep& step = run.lesson().steps[i];
    std::printf("step %zu: %s\n", i + 1, step.title.c_str());
    for (const lab::CheckResult& r : run.run_step(i)) {
      std::printf("  %s %s  (%s)\n", r.passed ? "ok  " : "FAIL", r.check.c_str(), r.detail.c_str());
      (r.passed ? passed : failed)++;
    }
  }
  if (show_output) std::printf("--- output\n%s--- end of output\n", run.output().c_str());
  std::printf("%d checks passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

}  // namespace forklab::app
