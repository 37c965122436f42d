// A lab session (SPEC §2): one machine with its kernel, booted with the
// guest image, running a command. The CLI, the desktop app and the web page
// all drive the lab through this API; the UI only ever reads snapshots.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "kernel/kernel.h"
#include "lab/checkpoint.h"

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
  // instructions have run, and says why it stopped.
  enum class Step { instruction, syscall, fork, exec, exit, signal };
  kernel::RunStop step(Step kind, u64 budget = 100'000'000);

  // Bytes typed at the console. Logged with the instruction count, so a
  // replay after a checkpoint restore types them again at the same moment.
  void type(std::string_view bytes);

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

  struct Input {
    u64 instret;
    std::string bytes;
  };

  kernel::Kernel kernel_;
  Checkpoints checkpoints_;
  u64 checkpoint_every_;
  u64 next_checkpoint_ = 0;
  std::vector<Input> input_log_;
  usize inputs_applied_ = 0;
};

// The environment every session's programs start with.
std::vector<std::string> default_environment();

// Host exit status for a wait status, as a shell reports it: the exit code,
// or 128 + the signal number.
int shell_status(u32 wait_status);

}  // namespace forklab::lab
