// Open file descriptions and file-descriptor tables (SPEC §4.4).
//
// As on Unix, an fd is an index into a per-process table whose entries point
// at shared open file descriptions: after fork (or dup) two fds share one
// offset and one set of status flags. Descriptions live in one kernel-wide
// table and are referred to by index (FileId), so all of it is plain data.
#pragma once

#include <string>
#include <vector>

#include "base/types.h"
#include "kernel/kresult.h"
#include "kernel/ramfs.h"

namespace forklab::kernel {

using FileId = u32;
constexpr FileId kNoFile = 0xFFFFFFFFu;
constexpr u32 kDefaultMaxFds = 1024;  // RLIMIT_NOFILE's default soft limit

enum class FileKind : u8 {
  inode,       // a ramfs regular file or directory
  pipe_read,
  pipe_write,
  tty,         // the console
  stream,      // the console when the host side is not a terminal (a pipe to the host)
  null,        // /dev/null
  snapshot,    // a /proc file: its text, taken when opened
  proc_dir,    // a /proc directory: its entry names (NUL-separated in `snapshot`)
};

// Character device numbers (Linux's majors and minors, as st_rdev shows them).
constexpr u32 kDevNull = (1u << 8) | 3;  // 1:3
constexpr u32 kDevTty = (5u << 8) | 0;   // 5:0

struct OpenFile {
  FileKind kind = FileKind::inode;
  u32 flags = 0;  // O_ACCMODE | O_APPEND | O_NONBLOCK as given to open
  u64 offset = 0;
  InodeId inode = kNoInode;  // inode files (and the /dev node a device came from)
  u32 pipe = 0;              // pipe ends: index into Kernel::pipes
  std::string snapshot;      // snapshot files: the contents
  std::string path;          // how it was opened (for /proc/PID/fd and the Files panel)
  u32 refcount = 0;          // fd entries pointing here
  bool live = false;
};

struct FdEntry {
  FileId file = kNoFile;
  bool cloexec = false;
};

struct FdTable {
  std::vector<FdEntry> fds;  // index = fd; grows on demand

  bool valid(int fd) const { return fd >= 0 && usize(fd) < fds.size() && fds[fd].file != kNoFile; }
  FileId file(int fd) const { return valid(fd) ? fds[usize(fd)].file : kNoFile; }
  // The lowest free fd >= min_fd, below max_fds; EMFILE when there is none.
  KResult<int> lowest_free(int min_fd, u32 max_fds) const;
  usize open_count() const;
};

}  // namespace forklab::kernel
