// /proc (SPEC §4.4): files made from the process table when they are opened,
// in Linux's formats (proc(5)), so our ps and pstree read what Linux's read.
//
//   /proc/PID/{stat,status,cmdline,comm,wchan,maps}   /proc/PID/fd/N -> what N is
//   /proc/self -> PID of the reader                   /proc lists the live pids
//   /proc/PID/task/TID/...: the threads of PID, each with the files above
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel/kernel.h"

namespace forklab::kernel {

struct ProcNode {
  enum Kind { pid_dir, file, fd_dir, fd_link, self_link, task_dir } kind = pid_dir;
  i32 pid = 0;
  std::string name;  // the file's name, for `file`
  int fd = -1;       // for fd_link
  bool in_task = false;  // reached through /proc/PID/task/TID: the thread's own view
};

// Parses an absolute, normalised path below /proc ("/proc/12/stat").
// nullopt when it names nothing there (ENOENT).
std::optional<ProcNode> find_proc_node(const Kernel& k, const Process& reader, const std::string& path);

// A file's text, generated now.
std::string proc_file_text(const Kernel& k, const ProcNode& node);
// A directory's entries (without "." and "..").
std::vector<std::string> proc_dir_entries(const Kernel& k, const ProcNode& node);
// The pids /proc itself lists, then "self".
std::vector<std::string> proc_root_entries(const Kernel& k);
// What a symlink points at (/proc/self, /proc/PID/fd/N).
std::string proc_link_target(const Kernel& k, const ProcNode& node);

// Makes `path` absolute from the directory `base` and removes ".", ".."
// and repeated slashes, without following symlinks.
std::string normalize_path(const Kernel& k, InodeId base, const std::string& path);
bool is_proc_path(const std::string& normalized);

}  // namespace forklab::kernel
