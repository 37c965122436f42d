// Lessons (SPEC §7): a Markdown file with front matter and steps; each step
// can run the machine on, ask the student to predict, and check what
// happened against the kernel's event log and process table. The format
// and the check language are documented in lessons/README.md.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "lab/session.h"

namespace forklab::lab {

struct Prediction {
  std::string question;
  std::vector<std::string> choices;  // empty: the answer is a number
  std::string answer;
};

struct LessonStep {
  std::string title;
  std::string text;  // paragraphs separated by blank lines, list items start with "- "
  std::string run;   // how far the machine goes before the checks ("" = to the end)
  std::optional<Prediction> prediction;
  std::vector<std::string> checks;  // one per line of the step's check blocks
};

struct Lesson {
  std::string name;  // the file name without .md
  std::string title;
  std::vector<std::string> programs;  // C files, compiled to /home/student/NAME
  std::vector<std::string> files;     // other files copied to /home/student
  std::vector<std::string> panels;
  std::string command;  // run by /bin/sh -c in /home/student
  std::string scheduler = "rr";
  u64 seed = 1;
  bool cow = true;
  u32 nproc = 0;     // 0: the default table size
  u32 memory_mib = 0;  // 0: the default
  // A full boot (`boot: FILE`): FILE becomes /etc/rc, init starts without a
  // command (runs /etc/rc, then a shell on the terminal) and `command` is
  // typed at that shell. Empty: init runs `/bin/sh -c command` directly.
  std::string boot_rc;
  std::string intro;
  std::vector<LessonStep> steps;
};

// Parses a lesson (Markdown through md4c, front matter by its lines).
Result<Lesson> parse_lesson(std::string_view markdown, const std::string& name);

// Builds an executable from a C file for the guest: (name, source) ->
// ELF bytes, or the compiler's diagnostics as the error.
using ProgramBuilder = std::function<Result<std::vector<u8>>(const std::string& name, const std::string& source)>;
// Reads a file a lesson names (a program or data file), relative to the lesson.
using LessonFileReader = std::function<std::optional<std::string>(const std::string& name)>;

struct CheckResult {
  std::string check;
  bool passed = false;
  std::string detail;  // what was found, for the student and for test logs
};

// A lesson on a live session: the UI's lesson panel and `forklab lesson
// check` both go through it.
class LessonRun {
 public:
  LessonRun(Lesson lesson, ProgramBuilder build, LessonFileReader read);

  // Compiles the programs, copies the files and boots the command.
  Status start();
  // Runs step `index` as far as its `run` line says, then checks it. The
  // steps must go in order; a step's checks see everything so far.
  std::vector<CheckResult> run_step(usize index);
  // Evaluates one check line now (the panel re-evaluates live).
  CheckResult check(const std::string& line);

  Session& session() { return *session_; }
  const Lesson& lesson() const { return lesson_; }
  const std::string& output() const { return output_; }

 private:
  kernel::RunStop run_until(const std::string& directive);
  std::string output_for_seed(u64 seed);

  Lesson lesson_;
  ProgramBuilder build_;
  LessonFileReader read_;
  std::unique_ptr<Session> session_;
  std::map<std::string, std::vector<u8>> built_;  // program name -> ELF
  std::string output_;
  std::map<std::string, i64> vars_;  // $name, from `let` checks
  usize next_step_ = 0;
};

}  // namespace forklab::lab
