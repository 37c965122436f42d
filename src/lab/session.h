// A lab session (SPEC §2): one machine with its kernel, booted with the
// guest image, running a command. The CLI, the desktop app and the web page
// all drive the lab through this API; the UI only ever reads snapshots.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "kernel/kernel.h"
#include "lab/checkpoint.h"
#include "lab/source.h"

namespace forklab::lab {

struct SessionConfig {
  kernel::KernelConfig kernel;
  u64 checkpoint_budget = kDefaultCheckpointBudget;
  u64 checkpoint_every_insns = 0;  // take one automatically this often (0: only on request)
};

class Session {
 public:
  explicit Session(const SessionConfig& config = {});

  // Puts a file into the guest's file system, creating missing directories.
  Status add_file(std::string_view guest_path, std::span<const u8> bytes, u32 mode = 0644);

  // Boots: /bin/init runs `command` as its first child (pid 2), the
  // process the session watches.
  Status start(const std::vector<std::string>& command);

  // Runs up to `budget` guest instructions.
  kernel::RunStop run(u64 budget);

  // Runs another program in this machine after the first one, without a
  // reboot: a new child of init in a session of its own (as init starts
  // its command), which the session now watches.
  Status launch(const std::vector<std::string>& command);

  // Stops everything but init, as the lab's stop button (and the CLI when
  // its program exits) does: SIGKILL from the kernel to every other live
  // process. init then reaps them as the machine runs on.
  void kill_all_but_init();

  // Stepping (SPEC §4.5). Each runs until its point is reached or `budget`
  // instructions have run, and says why it stopped (RunStop::stopped when
  // the point was reached). The source-level steps follow one process,
  // `pid` (0: the one on the hart, else the watched one), while the others
  // run as the scheduler says (under the manual policy, not at all):
  //   line  to the first instruction of another statement (into calls),
  //   over  the same, but not inside functions the current line calls,
  //   out   until the current function has returned to its caller.
  // They stop as well when the process exits or execs a program without
  // debug information.
  enum class Step { instruction, line, over, out, syscall, fork, exec, exit, signal };
  kernel::RunStop step(Step kind, u64 budget = 100'000'000, i32 pid = 0);

  // Breakpoints on program lines: any process that reaches the first
  // instruction of a statement on such a line stops run() with
  // RunStop::breakpoint. While any is set, run() goes one instruction at a
  // time.
  struct Breakpoint {
    std::string file;  // as the editor names it; matched by trailing path components
    u32 line = 0;
  };
  void set_breakpoint(const std::string& file, u32 line, bool on = true);
  const std::vector<Breakpoint>& breakpoints() const { return breakpoints_; }
  // The process that hit the last breakpoint (0 before any).
  i32 breakpoint_pid() const { return breakpoint_pid_; }

  // The student's inputs. Each is logged with the instruction count, so a
  // replay after a checkpoint restore gives it again at the same moment.
  void type(std::string_view bytes);  // bytes typed at the console
  void pick(i32 pid);                 // the manual scheduler's next process
  // A signal from the Signals panel, not from a guest. False when no live
  // process has that pid or the number is not a signal.
  bool send_signal(i32 pid, int sig);

  // Source positions, call stacks and line tables of the running programs.
  SourceMap& sources() { return sources_; }

  // Saves the state now (SPEC §4.7).
  void checkpoint();
  // Goes back to instruction count `instret` (at or just after it: the
  // kernel's own work is charged in small steps): restores the nearest
  // earlier checkpoint and replays. False when no checkpoint is that old.
  bool reverse_to(u64 instret);
  const Checkpoints& checkpoints() const { return checkpoints_; }

  // The watched process's wait status once it has exited, else -1.
  i32 exit_status() const { return kernel_.watched_status; }

  kernel::Kernel& kernel() { return kernel_; }
  const kernel::Kernel& kernel() const { return kernel_; }

 private:
  void make_standard_tree();
  void apply_logged_input();
  kernel::RunStop step_source(Step kind, u64 budget, i32 pid);
  kernel::RunStop run_plain(u64 budget);
  kernel::RunStop run_to_breakpoint(u64 budget);
  bool at_breakpoint();

  // Something from outside the machine: typed bytes, or a signal (sig > 0).
  struct Input {
    enum Kind : u8 { typed, picked, signal } kind = typed;
    u64 instret = 0;
    std::string bytes;  // typed
    i32 pid = 0;        // picked, signal
    int sig = 0;        // signal
  };
  void log_input(Input input);

  kernel::Kernel kernel_;
  Checkpoints checkpoints_;
  u64 checkpoint_every_;
  u64 next_checkpoint_ = 0;
  std::vector<Input> input_log_;
  usize inputs_applied_ = 0;
  SourceMap sources_;
  std::vector<Breakpoint> breakpoints_;
  struct ProgramBreakpoints {  // breakpoints_ resolved in one executable
    kernel::InodeId exe = kernel::kNoInode;
    u64 mtime_ns = 0;
    std::vector<u32> pcs;  // sorted
  };
  std::vector<ProgramBreakpoints> breakpoint_pcs_;
  i32 breakpoint_pid_ = 0;
  // For each checkpoint taken: its instruction count and how much of the
  // input log had been applied then.
  std::vector<std::pair<u64, usize>> inputs_at_checkpoint_;
};

// The environment every session's programs start with.
std::vector<std::string> default_environment();

// Host exit status for a wait status, as a shell reports it: the exit code,
// or 128 + the signal number.
int shell_status(u32 wait_status);

}  // namespace forklab::lab
