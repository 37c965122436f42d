#include "kernel/file.h"

#include "kernel/abi/errno.h"

namespace forklab::kernel {

KResult<int> FdTable::lowest_free(int min_fd, u32 max_fds) const {
  if (min_fd < 0) return Errno{ABI_EINVAL};
  for (usize fd = usize(min_fd); fd < max_fds; ++fd) {
    if (fd >= fds.size() || fds[fd].file == kNoFile) return int(fd);
  }
  return Errno{ABI_EMFILE};
}

usize FdTable::open_count() const {
  usize n = 0;
  for (const FdEntry& e : fds) n += e.file != kNoFile;
  return n;
}

}  // namespace forklab::kernel
