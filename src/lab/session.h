// A lab session (SPEC §2): one machine with its kernel, booted with the
// guest image, running a command. The CLI, the desktop app and the web page
// all drive the lab through this API; the UI only ever reads snapshots.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "kernel/kernel.h"

namespace forklab::lab {

struct SessionConfig {
  kernel::KernelConfig kernel;
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

  // The watched process's wait status once it has exited, else -1.
  i32 exit_status() const { return kernel_.watched_status; }

  kernel::Kernel& kernel() { return kernel_; }
  const kernel::Kernel& kernel() const { return kernel_; }

 private:
  void make_standard_tree();

  kernel::Kernel kernel_;
};

// The environment every session's programs start with.
std::vector<std::string> default_environment();

// Host exit status for a wait status, as a shell reports it: the exit code,
// or 128 + the signal number.
int shell_status(u32 wait_status);

}  // namespace forklab::lab
