// The lesson format and the check language (lessons/README.md).
#include "lab/lesson.h"

#include <doctest/doctest.h>

using namespace forklab;

namespace {

const char kLesson[] =
    "---\n"
    "title: Two lines\n"
    "command: echo one; echo two\n"
    "scheduler: random\n"
    "seed: 7\n"
    "cow: no\n"
    "---\n"
    "Intro with `code`.\n"
    "\n"
    "## First\n"
    "Some *text*.\n"
    "\n"
    "- a list item\n"
    "\n"
    "```predict\n"
    "question: How many lines?\n"
    "answer: 2\n"
    "```\n"
    "\n"
    "```check\n"
    "# a comment\n"
    "expect output lines == 2\n"
    "expect 99 event exec\n"
    "```\n"
    "## Second\n"
    "```run\n"
    "for 10 ms\n"
    "```\n"
    "```c\n"
    "int x;\n"
    "```\n";

lab::LessonRun start(const lab::Lesson& lesson) {
  lab::LessonRun run(lesson, nullptr, [](const std::string&) { return std::nullopt; });
  REQUIRE(run.start().ok());
  return run;
}

}  // namespace

TEST_CASE("a lesson parses into front matter and steps") {
  Result<lab::Lesson> l = lab::parse_lesson(kLesson, "two");
  REQUIRE(l.ok());
  CHECK(l->title == "Two lines");
  CHECK(l->scheduler == "random");
  CHECK(l->seed == 7);
  CHECK_FALSE(l->cow);
  CHECK(l->intro == "Intro with `code`.");
  REQUIRE(l->steps.size() == 2);
  CHECK(l->steps[0].title == "First");
  CHECK(l->steps[0].text == "Some text.\n\n- a list item");
  REQUIRE(l->steps[0].prediction);
  CHECK(l->steps[0].prediction->answer == "2");
  CHECK(l->steps[0].checks == std::vector<std::string>{"expect output lines == 2", "expect 99 event exec"});
  CHECK(l->steps[1].run == "for 10 ms");
  CHECK(l->steps[1].text == "    int x;");
}

TEST_CASE("malformed lessons are refused with a reason") {
  CHECK_FALSE(lab::parse_lesson("## Step\n", "x").ok());                      // no title
  CHECK_FALSE(lab::parse_lesson("---\ntitle: t\n---\nno steps\n", "x").ok());  // no steps, no command
  CHECK_FALSE(lab::parse_lesson("---\ntitle: t\ncolour: red\n---\n## s\n", "x").ok());
  CHECK_FALSE(lab::parse_lesson("---\ntitle: t\nscheduler: fastest\n---\n## s\n", "x").ok());
  CHECK_FALSE(lab::parse_lesson("---\ntitle: t\ncommand: true\npanels: editor, tree\n---\n## s\n", "x").ok());
  CHECK(lab::parse_lesson("---\ntitle: t\ncommand: true\npanels: editor, pstree, ps\n---\n## s\n", "x").ok());
  Result<lab::Lesson> bad = lab::parse_lesson(
      "---\ntitle: t\ncommand: true\n---\n## s\n```predict\nquestion: q\nchoices: a | b\nanswer: c\n```\n", "x");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("not one of the choices") != std::string::npos);
  CHECK_FALSE(lab::parse_lesson("---\ntitle: t\ncommand: true\n---\n```check\nexpect no event exec\n```\n", "x").ok());
}

TEST_CASE("checks pass and fail on the run's events, processes and output") {
  Result<lab::Lesson> l = lab::parse_lesson(kLesson, "two");
  REQUIRE(l.ok());
  lab::LessonRun run = start(*l);
  std::vector<lab::CheckResult> first = run.run_step(0);
  REQUIRE(first.size() == 2);
  CHECK(first[0].passed);
  CHECK(first[1].passed == false);
  CHECK(first[1].detail.find("matching events") != std::string::npos);

  CHECK(run.check("expect at least 2 event exec").passed);  // init, then sh at least
  CHECK_FALSE(run.check("expect at most 1 event exec").passed);
  CHECK(run.check("expect output contains \"two\"").passed);
  CHECK_FALSE(run.check("expect output contains \"three\"").passed);
  CHECK(run.check("expect no event fork_failed").passed);
  CHECK(run.check("expect at most 0 event oom_kill").passed);
  CHECK(run.check("let sh = pid of event exec where text contains sh").passed);
  CHECK(run.check("expect event exit where pid == $sh and status == 0").passed);
  CHECK_FALSE(run.check("expect event exit where pid == $sh and status == 256").passed);

  lab::CheckResult unknown = run.check("expect event exit where colour == 1");
  CHECK_FALSE(unknown.passed);
  CHECK(unknown.detail == "no field 'colour'");
  CHECK(run.check("expect event explode").detail == "unknown event kind 'explode'");
  CHECK(run.check("expect process where pid == $nobody").detail.find("$nobody is not set") == 0);
  CHECK(run.check("expect process where state == 3").detail == "'state' is text");
  CHECK(run.check("expect process where pid == one").detail == "'pid' is a number, not 'one'");
  CHECK(run.check("assert true").detail.find("starts with `expect`") != std::string::npos);
}

TEST_CASE("a boot lesson runs /etc/rc from init, then types its command at the terminal's shell") {
  CHECK_FALSE(lab::parse_lesson("---\ntitle: t\nboot: rc\n---\n## s\n", "x").ok());  // nothing to type
  Result<lab::Lesson> l = lab::parse_lesson("---\ntitle: Boot\nboot: rc\ncommand: echo typed\n---\n## s\n", "boot");
  REQUIRE(l.ok());
  CHECK(l->boot_rc == "rc");
  l->command = "echo typed\"\"cmd";  // the output differs from the echoed input
  lab::LessonRun run(*l, nullptr, [](const std::string& name) -> std::optional<std::string> {
    if (name == "rc") return std::string("echo rc-ran\n");
    return std::nullopt;
  });
  REQUIRE(run.start().ok());
  run.run_step(0);
  CHECK(run.check("expect event exec where pid == 1 and text == /bin/init").passed);
  CHECK(run.check("expect event exec where pid == 2 and text == /bin/sh").passed);
  CHECK(run.check("expect event reap where pid == 1 and child == 2").passed);
  CHECK(run.check("expect process where ppid == 1 and name == sh and state == S").passed);  // the terminal's shell
  CHECK(run.check("expect output contains \"rc-ran\"").passed);
  CHECK(run.check("expect output contains \"typedcmd\"").passed);
  CHECK_FALSE(run.check("expect output contains \"never printed\"").passed);

  lab::LessonRun missing(*l, nullptr, [](const std::string&) { return std::nullopt; });
  CHECK_FALSE(missing.start().ok());  // no rc file to boot with
}

TEST_CASE("`for N ms` stops after N ms of virtual time, with the command still running") {
  Result<lab::Lesson> l = lab::parse_lesson(
      "---\ntitle: t\ncommand: sleep 2; echo woke\n---\n## s\n```run\nfor 100 ms\n```\n## t\n", "sleepy");
  REQUIRE(l.ok());
  lab::LessonRun run = start(*l);
  run.run_step(0);
  CHECK(run.check("expect process where name == sleep and state == S").passed);
  CHECK_FALSE(run.check("expect output contains \"woke\"").passed);
  run.run_step(1);
  CHECK(run.check("expect output contains \"woke\"").passed);
  CHECK(run.check("expect no process where name == sleep").passed);
}
