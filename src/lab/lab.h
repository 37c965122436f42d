// The lab as the panels and the JS API drive it (SPEC §6.1, §6.2): one
// Session at a time, the student's files, run and pause, stepping and
// reverse stepping through checkpoints, the terminal's lines tagged with the
// pid that printed them, and every query as JSON. UI-free: the desktop app,
// the web page and the tests all use this same object.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lab/build.h"
#include "lab/session.h"

namespace forklab::lab {

// One line of the terminal and the pid that printed its first byte (0: the
// kernel's own echo of typed input when no process is known).
struct TerminalLine {
  i32 pid = 0;
  std::string text;
};

// A guest killed by a signal (SPEC §6.1): what the UI reports.
struct CrashReport {
  i32 pid = 0;
  std::string name;
  int sig = 0;
  bool has_address = false;  // a bad memory access came first
  u32 address = 0;
  const char* access = "";   // "load", "store", "fetch"
  u64 time_ns = 0;
};

// The crashes in the retained event log, oldest first.
std::vector<CrashReport> crash_reports(const kernel::Kernel& k);

struct LabSettings {
  u32 memory_mib = 32;  // the web default (SPEC §3)
  u32 max_processes = 64;
  kernel::SchedPolicy policy = kernel::SchedPolicy::rr;
  u64 seed = 1;
  bool cow = true;
  usize event_capacity = 1u << 18;
  u64 checkpoint_every_insns = 50'000'000;  // while running freely
};

class Lab {
 public:
  static constexpr usize kMaxTerminalLines = 5000;

  explicit Lab(const LabSettings& settings = {});

  // Settings take effect at the next reset().
  LabSettings& settings() { return settings_; }

  // The student's program: files under /home/student (SPEC §6.2 load).
  void set_files(std::vector<SourceFile> files);
  const std::vector<SourceFile>& files() const { return files_; }
  // Replaces or adds one file.
  void put_file(std::string name, std::string text);

  // A fresh machine: init with an interactive shell on the terminal.
  void reset();
  // Builds the files and, on success, restarts the machine and types the
  // program's name (and `args`) at the shell, as a student would. False
  // (see build()) when the build fails.
  bool start_program(std::string_view args = {});
  // Run freely (one slice per tick) or not. run() starts the program first
  // when it has not been started on this machine.
  bool run();
  void pause() { running_ = false; }
  bool running() const { return running_; }
  // Runs one slice when running; the frame loop calls it once a frame. At
  // most `budget` instructions and, unless 0, `max_virtual_ns` of virtual
  // time (so an idle machine, whose clock jumps to the next timer, still
  // goes at the speed the student chose).
  void tick(u64 budget, u64 max_virtual_ns = 0);

  // One step of SPEC §4.5 (pauses first). A checkpoint is taken before, so
  // step_back() returns exactly to the state before it.
  kernel::RunStop step(Session::Step kind);
  bool step_back();
  usize steps_back_available() const { return history_.size(); }

  // Typed input for the terminal. The kernel's tty has no line discipline
  // yet, so the terminal edits a line itself and the lab echoes it here.
  void type(std::string_view bytes);
  bool send_signal(i32 pid, int sig);
  // ^C / ^Z: the signal to the terminal's processes (its session, but not
  // init); returns how many got it.
  int signal_terminal(int sig);

  // JSON for the JS API's query(what): processes, tree, memory (arg: pid),
  // frames, fds (pid), signals (pid), cpu (pid), events (arg: first seq),
  // terminal, state, build, files, crashes. {"error":...} for an unknown
  // `what`.
  std::string query(std::string_view what, i64 arg = 0) const;

  const std::vector<TerminalLine>& terminal() const { return terminal_; }
  const BuildResult& build() const { return build_; }
  kernel::RunStop last_stop() const { return last_stop_; }
  u64 state_hash() const;
  // Changes whenever the machine is replaced or goes back in time, so
  // panels that cache snapshots know to drop them.
  u64 generation() const { return generation_; }

  Session& session() { return *session_; }
  const Session& session() const { return *session_; }

  // Told about things the page wants to hear (SPEC §6.2 `on`): "output"
  // with the new text, "stop" with the reason, "reset".
  std::function<void(std::string_view event, std::string_view json)> on_notify;

 private:
  void boot_shell();
  void on_output(i32 pid, std::string_view bytes);
  void notify(std::string_view event, std::string_view json);

  struct Moment {  // what step_back() goes back to
    u64 instret;
    usize terminal_lines;
    TerminalLine last_line;
  };

  LabSettings settings_;
  std::vector<SourceFile> files_;
  std::unique_ptr<Session> session_;
  BuildResult build_;
  bool program_started_ = false;
  bool running_ = false;
  kernel::RunStop last_stop_ = kernel::RunStop::budget;
  std::vector<TerminalLine> terminal_;
  std::vector<Moment> history_;
  u64 generation_ = 0;
};

const char* run_stop_name(kernel::RunStop stop);
// "instruction", "syscall", "fork", "exec", "exit", "signal"; false for others.
bool parse_step_kind(std::string_view name, Session::Step* out);

}  // namespace forklab::lab
