// File system calls (SPEC §4.4): open/read/write/close and friends over the
// ramfs, pipes, the console and /dev/null.
#include <algorithm>
#include <cstring>

#include "kernel/abi/errno.h"
#include "kernel/abi/fcntl.h"
#include "kernel/abi/process.h"
#include "kernel/abi/signal.h"
#include "kernel/abi/termios.h"
#include "kernel/procfs.h"
#include "kernel/syscalls.h"

namespace forklab::kernel {
namespace {

constexpr u32 kMaxIo = 1u << 20;  // bytes moved by one read or write (a short count beyond)
constexpr u32 kStatusFlags = ABI_O_APPEND | ABI_O_NONBLOCK;

u32 access_mode(const OpenFile& f) { return f.flags & ABI_O_ACCMODE; }
bool readable(const OpenFile& f) { return access_mode(f) != ABI_O_WRONLY; }
bool writable(const OpenFile& f) { return access_mode(f) != ABI_O_RDONLY; }

KResult<std::string> path_arg(Kernel& k, Process& p, u32 va) {
  return copy_in_string(k, p, va, kMaxPathLength);
}

// The directory a *at() call starts from.
KResult<InodeId> at_dir(Kernel& k, Process& p, u32 dirfd, const std::string& path) {
  if (!path.empty() && path[0] == '/') return kRootInode;
  if (i32(dirfd) == ABI_AT_FDCWD) return p.cwd;
  FileId id = p.fds.file(int(dirfd));
  if (id == kNoFile) return Errno{ABI_EBADF};
  const OpenFile& f = k.files[id];
  if (f.kind != FileKind::inode || k.fs.inode(f.inode).type != FileType::directory) {
    return Errno{ABI_ENOTDIR};
  }
  return f.inode;
}

OpenFile* file_of(Kernel& k, Process& p, u32 fd) {
  FileId id = p.fds.file(int(fd));
  return id == kNoFile ? nullptr : &k.files[id];
}

u32 mode_bits(const Inode& node) {
  switch (node.type) {
    case FileType::regular: return ABI_S_IFREG | node.mode;
    case FileType::directory: return ABI_S_IFDIR | node.mode;
    case FileType::char_device: return ABI_S_IFCHR | node.mode;
    case FileType::symlink: return ABI_S_IFLNK | node.mode;
    case FileType::fifo: return ABI_S_IFIFO | node.mode;
  }
  return node.mode;
}

// ---- Reading and writing, by kind of file ----------------------------------------------

SysResult read_file(Kernel& k, Process& p, OpenFile& f, std::vector<u8>& buf) {
  switch (f.kind) {
    case FileKind::inode: {
      KResult<u32> n = k.fs.read(f.inode, f.offset, buf);
      if (!n.ok()) return err(n.error());
      f.offset += *n;
      buf.resize(*n);
      return ret(i32(*n));
    }
    case FileKind::snapshot: {
      usize n = f.offset >= f.snapshot.size() ? 0 : std::min(buf.size(), f.snapshot.size() - usize(f.offset));
      std::memcpy(buf.data(), f.snapshot.data() + f.offset, n);
      f.offset += n;
      buf.resize(n);
      return ret(i32(n));
    }
    case FileKind::pipe_read: {
      Pipe& pipe = k.pipes[f.pipe];
      switch (pipe_read_state(pipe)) {
        case PipeReadState::end_of_file: buf.clear(); return ret(0);
        case PipeReadState::would_block:
          if (f.flags & ABI_O_NONBLOCK) return err(ABI_EAGAIN);
          return block_on(WaitChannel{WaitKind::pipe_read, f.pipe});
        case PipeReadState::data: break;
      }
      buf.resize(pipe_take(pipe, buf));
      wake_all(k, WaitChannel{WaitKind::pipe_write, f.pipe});
      return ret(i32(buf.size()));
    }
    case FileKind::tty:
      return tty_read(k, p, f, buf);
    case FileKind::stream: {
      // A host file or pipe: a read returns at most one line, as the CLI
      // hands over what a terminal would have.
      if (k.console_input.empty()) {
        if (k.console_input_closed) {
          buf.clear();
          return ret(0);
        }
        if (f.flags & ABI_O_NONBLOCK) return err(ABI_EAGAIN);
        return block_on(WaitChannel{WaitKind::tty_read, 0});
      }
      usize line = k.console_input.find('\n');
      usize n = std::min(buf.size(), line == std::string::npos ? k.console_input.size() : line + 1);
      std::memcpy(buf.data(), k.console_input.data(), n);
      k.console_input.erase(0, n);
      buf.resize(n);
      return ret(i32(n));
    }
    case FileKind::null:
      buf.clear();
      return ret(0);
    case FileKind::proc_dir:
      return err(ABI_EISDIR);
    case FileKind::pipe_write:
      return err(ABI_EBADF);
  }
  return err(ABI_EBADF);
}

SysResult write_file(Kernel& k, Process& p, OpenFile& f, std::span<const u8> data) {
  switch (f.kind) {
    case FileKind::inode: {
      if (f.flags & ABI_O_APPEND) f.offset = k.fs.inode(f.inode).data.size();
      KResult<u32> n = k.fs.write(f.inode, f.offset, data);
      if (!n.ok()) return err(n.error());
      f.offset += *n;
      return ret(i32(*n));
    }
    case FileKind::pipe_write: {
      Pipe& pipe = k.pipes[f.pipe];
      if (pipe.readers == 0) {
        send_signal(k, p, ABI_SIGPIPE, 0);  // nobody will ever read this
        return err(ABI_EPIPE);
      }
      u32 n = pipe_put(pipe, data);
      if (n == 0 && !data.empty()) {
        if (f.flags & ABI_O_NONBLOCK) return err(ABI_EAGAIN);
        return block_on(WaitChannel{WaitKind::pipe_write, f.pipe});
      }
      wake_all(k, WaitChannel{WaitKind::pipe_read, f.pipe});
      return ret(i32(n));
    }
    case FileKind::tty:
    case FileKind::stream:
      if (f.kind == FileKind::tty) {
        SysResult allowed = tty_write_check(k, p);
        if (allowed.block || allowed.value < 0) return allowed;
      }
      if (k.on_output) {
        // The stream the description stands for, not the fd number: after
        // 2>&1 or >&2 the output goes where the shell pointed it.
        k.on_output(p.pid, f.console_stream, {reinterpret_cast<const char*>(data.data()), data.size()});
      }
      return ret(i32(data.size()));
    case FileKind::null:
      return ret(i32(data.size()));
    case FileKind::snapshot:
    case FileKind::proc_dir:
    case FileKind::pipe_read:
      return err(ABI_EBADF);
  }
  return err(ABI_EBADF);
}

}  // namespace

// ---- Descriptors ----------------------------------------------------------------------------

FileId new_file(Kernel& k, OpenFile file) {
  file.live = true;
  file.refcount = 0;
  if (file.kind == FileKind::inode) k.fs.open_inode(file.inode);
  for (FileId i = 0; i < k.files.size(); ++i) {
    if (!k.files[i].live) {
      k.files[i] = std::move(file);
      return i;
    }
  }
  k.files.push_back(std::move(file));
  return FileId(k.files.size() - 1);
}

void release_file(Kernel& k, FileId id) {
  OpenFile& f = k.files[id];
  if (--f.refcount > 0) return;
  if (f.kind == FileKind::inode) k.fs.close_inode(f.inode);
  if (f.kind == FileKind::pipe_read || f.kind == FileKind::pipe_write) {
    Pipe& pipe = k.pipes[f.pipe];
    if (f.kind == FileKind::pipe_read) {
      pipe.readers -= 1;
      wake_all(k, WaitChannel{WaitKind::pipe_write, f.pipe});  // writers get EPIPE now
    } else {
      pipe.writers -= 1;
      wake_all(k, WaitChannel{WaitKind::pipe_read, f.pipe});  // readers see EOF now
    }
    if (pipe.readers == 0 && pipe.writers == 0) pipe = Pipe{};
  }
  f = OpenFile{};
}

KResult<int> install_file(Kernel& k, Process& p, OpenFile file, bool cloexec, int min_fd) {
  u64 limit = std::min<u64>(p.rlimits[ABI_RLIMIT_NOFILE].cur, kDefaultMaxFds);
  int fd = K_TRY(p.fds.lowest_free(min_fd, u32(limit)));
  FileId id = new_file(k, std::move(file));
  k.files[id].refcount = 1;
  if (usize(fd) >= p.fds.fds.size()) p.fds.fds.resize(usize(fd) + 1);
  p.fds.fds[usize(fd)] = FdEntry{id, cloexec};
  return fd;
}

void close_fd(Kernel& k, Process& p, int fd) {
  if (!p.fds.valid(fd)) return;
  FileId id = p.fds.fds[usize(fd)].file;
  p.fds.fds[usize(fd)] = FdEntry{};
  release_file(k, id);
}

namespace {

// Points `fd` at the same description as `old`.
KResult<int> duplicate(Kernel& k, Process& p, int old, int fd, bool cloexec) {
  FileId id = p.fds.file(old);
  if (id == kNoFile) return Errno{ABI_EBADF};
  k.files[id].refcount += 1;  // before closing fd, in case fd == old's twin
  close_fd(k, p, fd);
  if (usize(fd) >= p.fds.fds.size()) p.fds.fds.resize(usize(fd) + 1);
  p.fds.fds[usize(fd)] = FdEntry{id, cloexec};
  return fd;
}

u32 fd_limit(const Process& p) {
  return u32(std::min<u64>(p.rlimits[ABI_RLIMIT_NOFILE].cur, kDefaultMaxFds));
}

}  // namespace

namespace {

// /proc files are made when opened (procfs.cpp) and are read-only.
SysResult open_proc(Kernel& k, Process& p, const std::string& path, u32 flags) {
  std::optional<ProcNode> node = find_proc_node(k, p, path);
  if (!node) return err(ABI_ENOENT);
  if ((flags & ABI_O_ACCMODE) != ABI_O_RDONLY || (flags & ABI_O_CREAT)) return err(ABI_EACCES);
  OpenFile file;
  file.flags = ABI_O_RDONLY;
  file.path = path;
  if (node->kind == ProcNode::file) {
    if (flags & ABI_O_DIRECTORY) return err(ABI_ENOTDIR);
    file.kind = FileKind::snapshot;
    file.snapshot = proc_file_text(k, *node);
  } else if (node->kind == ProcNode::fd_link) {
    return err(ABI_ENXIO);  // reopening through /proc/PID/fd is not supported
  } else {
    if (node->kind == ProcNode::self_link) node->kind = ProcNode::pid_dir;
    file.kind = FileKind::proc_dir;
    for (const std::string& name : proc_dir_entries(k, *node)) file.snapshot += name + '\0';
  }
  return ret_or_err(install_file(k, p, std::move(file), flags & ABI_O_CLOEXEC));
}

}  // namespace

// ---- The calls -------------------------------------------------------------------------------

SysResult sys_openat(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> path = path_arg(k, p, a[1]);
  if (!path.ok()) return err(path.error());
  u32 flags = a[2];
  KResult<InodeId> base = at_dir(k, p, a[0], *path);
  if (!base.ok()) return err(base.error());
  std::string normalized = normalize_path(k, *base, *path);
  if (is_proc_path(normalized)) return open_proc(k, p, normalized, flags);

  KResult<InodeId> found = k.fs.lookup(*base, *path, !(flags & ABI_O_NOFOLLOW));
  if (found.ok() && (flags & ABI_O_CREAT) && (flags & ABI_O_EXCL)) return err(ABI_EEXIST);
  if (!found.ok() && found.error() == ABI_ENOENT && (flags & ABI_O_CREAT)) {
    KResult<Ramfs::ParentAndName> parent = k.fs.lookup_parent(*base, *path);
    if (!parent.ok()) return err(parent.error());
    found = k.fs.create(parent->dir, parent->name, FileType::regular, a[3] & ~p.umask);
  }
  if (!found.ok()) return err(found.error());
  const Inode& node = k.fs.inode(*found);

  OpenFile file;
  file.flags = flags & (ABI_O_ACCMODE | kStatusFlags);
  file.inode = *found;
  file.path = *path;
  if (node.type == FileType::directory) {
    if ((flags & ABI_O_ACCMODE) != ABI_O_RDONLY || (flags & ABI_O_CREAT)) return err(ABI_EISDIR);
  } else if (flags & ABI_O_DIRECTORY) {
    return err(ABI_ENOTDIR);
  }
  if (node.type == FileType::char_device) {
    file.kind = node.rdev == kDevNull ? FileKind::null : FileKind::tty;
  } else if ((flags & ABI_O_TRUNC) && writable(file) && node.type == FileType::regular) {
    KResult<void> t = k.fs.truncate(*found, 0);
    if (!t.ok()) return err(t.error());
  }
  return ret_or_err(install_file(k, p, std::move(file), flags & ABI_O_CLOEXEC));
}

SysResult sys_close(Kernel& k, Process& p, SysArgs a) {
  if (!p.fds.valid(int(a[0]))) return err(ABI_EBADF);
  close_fd(k, p, int(a[0]));
  return ret(0);
}

SysResult sys_read(Kernel& k, Process& p, SysArgs a) {
  OpenFile* f = file_of(k, p, a[0]);
  if (!f || !readable(*f)) return err(ABI_EBADF);
  if (u64(a[1]) + a[2] > kUserTop) return err(ABI_EFAULT);  // Linux's access_ok, before anything
  if (f->kind == FileKind::inode && k.fs.inode(f->inode).type == FileType::directory) {
    return err(ABI_EISDIR);
  }
  std::vector<u8> buf(std::min(a[2], kMaxIo));
  SysResult r = read_file(k, p, *f, buf);
  if (r.block || r.value <= 0) return r;
  KResult<void> w = copy_out(k, p, a[1], buf);
  return w.ok() ? r : err(w.error());
}

namespace {

// One write of at most kMaxIo bytes: what a writer gets at once.
SysResult write_some(Kernel& k, Process& p, u32 fd, u32 va, u32 len) {
  OpenFile* f = file_of(k, p, fd);
  if (!f || !writable(*f)) return err(ABI_EBADF);
  std::vector<u8> buf(std::min(len, kMaxIo));
  KResult<void> r = copy_in(k, p, va, buf);
  if (!r.ok()) return err(r.error());
  return write_file(k, p, *f, buf);
}

}  // namespace

// A blocking write to a pipe returns only when every byte is written
// (POSIX): it sleeps whenever the pipe is full, and Process::io_done
// remembers how far it got. A signal handler (or EPIPE) after some bytes
// went through ends it with that count instead of an error.
SysResult sys_write(Kernel& k, Process& p, SysArgs a) {
  u32 done = p.restarting_syscall ? p.io_done : 0;
  p.io_done = 0;
  OpenFile* f = file_of(k, p, a[0]);
  bool whole = f && f->kind == FileKind::pipe_write && !(f->flags & ABI_O_NONBLOCK);
  if (!whole) return write_some(k, p, a[0], a[1], a[2]);
  for (;;) {
    SysResult r = write_some(k, p, a[0], a[1] + done, a[2] - done);
    if (r.block) {
      p.io_done = done;
      return done > 0 ? block_on(WaitChannel{WaitKind::pipe_write, f->pipe}) : r;
    }
    if (r.value < 0) return done > 0 ? ret(i32(done)) : r;
    done += u32(r.value);
    if (done >= a[2] || r.value == 0) return ret(i32(done));
  }
}

namespace {

// readv/writev: one iovec after another, stopping at the first short one.
SysResult vector_io(Kernel& k, Process& p, SysArgs a, bool writing) {
  if (a[2] > ABI_IOV_MAX) return err(ABI_EINVAL);
  std::vector<abi_iovec> iov(a[2]);
  KResult<void> got = copy_in(k, p, a[1], {reinterpret_cast<u8*>(iov.data()), iov.size() * sizeof(abi_iovec)});
  if (!got.ok()) return err(got.error());
  i32 total = 0;
  for (const abi_iovec& v : iov) {
    u32 args[6] = {a[0], v.iov_base, v.iov_len, 0, 0, 0};
    SysResult r = writing ? write_some(k, p, args[0], args[1], args[2]) : sys_read(k, p, args);
    if (r.block) return total > 0 ? ret(total) : r;
    if (r.value < 0) return total > 0 ? ret(total) : r;
    total += r.value;
    if (u32(r.value) < v.iov_len) break;
  }
  return ret(total);
}

}  // namespace

SysResult sys_readv(Kernel& k, Process& p, SysArgs a) { return vector_io(k, p, a, false); }
SysResult sys_writev(Kernel& k, Process& p, SysArgs a) { return vector_io(k, p, a, true); }

SysResult sys_llseek(Kernel& k, Process& p, SysArgs a) {
  OpenFile* f = file_of(k, p, a[0]);
  if (!f) return err(ABI_EBADF);
  if (f->kind != FileKind::inode && f->kind != FileKind::snapshot) return err(ABI_ESPIPE);
  i64 offset = i64((u64(a[1]) << 32) | a[2]);
  i64 size = f->kind == FileKind::inode ? i64(k.fs.inode(f->inode).data.size()) : i64(f->snapshot.size());
  i64 base = a[4] == ABI_SEEK_SET ? 0 : a[4] == ABI_SEEK_CUR ? i64(f->offset) : a[4] == ABI_SEEK_END ? size : -1;
  if (base < 0) return err(ABI_EINVAL);
  i64 target = base + offset;
  if (target < 0) return err(ABI_EINVAL);
  u64 result = u64(target);
  KResult<void> w = copy_out(k, p, a[3], {reinterpret_cast<const u8*>(&result), 8});
  if (!w.ok()) return err(w.error());
  f->offset = result;
  return ret(0);
}

SysResult sys_dup(Kernel& k, Process& p, SysArgs a) {
  if (!p.fds.valid(int(a[0]))) return err(ABI_EBADF);
  KResult<int> fd = p.fds.lowest_free(0, fd_limit(p));
  if (!fd.ok()) return err(fd.error());
  return ret_or_err(duplicate(k, p, int(a[0]), *fd, false));
}

SysResult sys_dup3(Kernel& k, Process& p, SysArgs a) {
  if (a[0] == a[1] || (a[2] & ~u32(ABI_O_CLOEXEC))) return err(ABI_EINVAL);
  if (!p.fds.valid(int(a[0]))) return err(ABI_EBADF);
  if (a[1] >= fd_limit(p)) return err(ABI_EBADF);
  return ret_or_err(duplicate(k, p, int(a[0]), int(a[1]), a[2] & ABI_O_CLOEXEC));
}

SysResult sys_fcntl64(Kernel& k, Process& p, SysArgs a) {
  int fd = int(a[0]);
  if (!p.fds.valid(fd)) return err(ABI_EBADF);
  FdEntry& e = p.fds.fds[usize(fd)];
  OpenFile& f = k.files[e.file];
  switch (a[1]) {
    case ABI_F_DUPFD:
    case ABI_F_DUPFD_CLOEXEC: {
      if (a[2] >= fd_limit(p)) return err(ABI_EINVAL);
      KResult<int> to = p.fds.lowest_free(int(a[2]), fd_limit(p));
      if (!to.ok()) return err(to.error());
      return ret_or_err(duplicate(k, p, fd, *to, a[1] == ABI_F_DUPFD_CLOEXEC));
    }
    case ABI_F_GETFD: return ret(e.cloexec ? ABI_FD_CLOEXEC : 0);
    case ABI_F_SETFD: e.cloexec = a[2] & ABI_FD_CLOEXEC; return ret(0);
    case ABI_F_GETFL: return ret(i32(f.flags));
    case ABI_F_SETFL: f.flags = (f.flags & ~kStatusFlags) | (a[2] & kStatusFlags); return ret(0);
    default: return err(ABI_EINVAL);
  }
}

SysResult sys_pipe2(Kernel& k, Process& p, SysArgs a) {
  if (a[1] & ~u32(ABI_O_CLOEXEC | ABI_O_NONBLOCK)) return err(ABI_EINVAL);
  u32 index = 0;
  for (u32 i = 1; i < k.pipes.size(); ++i) {
    if (!k.pipes[i].live) {
      index = i;
      break;
    }
  }
  if (index == 0) {
    index = u32(k.pipes.size());
    k.pipes.emplace_back();
  }
  Pipe& pipe = k.pipes[index];
  pipe = Pipe{};
  pipe.live = true;
  bool cloexec = a[1] & ABI_O_CLOEXEC;
  u32 status = a[1] & ABI_O_NONBLOCK;
  OpenFile r, w;
  r.kind = FileKind::pipe_read, r.flags = ABI_O_RDONLY | status, r.pipe = index, r.path = "pipe";
  w.kind = FileKind::pipe_write, w.flags = ABI_O_WRONLY | status, w.pipe = index, w.path = "pipe";
  KResult<int> rfd = install_file(k, p, r, cloexec);
  if (!rfd.ok()) {
    pipe = Pipe{};
    return err(rfd.error());
  }
  k.pipes[index].readers = 1;
  KResult<int> wfd = install_file(k, p, w, cloexec);
  if (!wfd.ok()) {
    close_fd(k, p, *rfd);
    return err(wfd.error());
  }
  k.pipes[index].writers = 1;
  i32 fds[2] = {*rfd, *wfd};
  KResult<void> out = copy_out(k, p, a[0], {reinterpret_cast<const u8*>(fds), sizeof fds});
  if (!out.ok()) {
    close_fd(k, p, *rfd);
    close_fd(k, p, *wfd);
    return err(out.error());
  }
  return ret(0);
}

SysResult sys_getdents64(Kernel& k, Process& p, SysArgs a) {
  OpenFile* f = file_of(k, p, a[0]);
  if (!f) return err(ABI_EBADF);
  struct Entry {
    std::string name;
    u64 ino;
    u8 type;
  };
  // Entry i of the listing: ".", "..", then the names in order.
  std::vector<Entry> all;
  if (f->kind == FileKind::proc_dir) {
    all = {{".", 1, ABI_DT_DIR}, {"..", 1, ABI_DT_DIR}};
    bool fds = f->path.size() > 3 && f->path.compare(f->path.size() - 3, 3, "/fd") == 0;
    for (usize at = 0; at < f->snapshot.size();) {
      usize end = f->snapshot.find('\0', at);
      std::string name = f->snapshot.substr(at, end - at);
      all.push_back({name, 0x10000 + all.size(), u8(fds ? ABI_DT_LNK : name == "fd" ? ABI_DT_DIR : ABI_DT_REG)});
      at = end + 1;
    }
  } else {
    if (f->kind != FileKind::inode || k.fs.inode(f->inode).type != FileType::directory) {
      return err(ABI_ENOTDIR);
    }
    const Inode& dir = k.fs.inode(f->inode);
    all = {{".", f->inode, ABI_DT_DIR}, {"..", dir.parent, ABI_DT_DIR}};
    for (const auto& [name, id] : dir.entries) {
      FileType t = k.fs.inode(id).type;
      all.push_back({name, id, u8(t == FileType::directory     ? ABI_DT_DIR
                                  : t == FileType::symlink     ? ABI_DT_LNK
                                  : t == FileType::char_device ? ABI_DT_CHR
                                                               : ABI_DT_REG)});
    }
    if (normalize_path(k, f->inode, ".") == "/proc") {  // the live pids
      for (const std::string& name : proc_root_entries(k)) {
        all.push_back({name, 0x20000 + all.size(), u8(name == "self" ? ABI_DT_LNK : ABI_DT_DIR)});
      }
    }
  }
  std::vector<u8> out;
  u32 limit = std::min(a[2], kMaxIo);
  usize i = usize(f->offset);
  for (; i < all.size(); ++i) {
    const std::string& name = all[i].name;
    u32 reclen = (ABI_DIRENT64_NAME_OFFSET + u32(name.size()) + 1 + 7) & ~7u;
    if (out.size() + reclen > limit) break;
    usize at = out.size();
    out.resize(at + reclen, 0);
    u64 ino = all[i].ino, off = i + 1;
    std::memcpy(&out[at], &ino, 8);
    std::memcpy(&out[at + 8], &off, 8);
    std::memcpy(&out[at + 16], &reclen, 2);
    out[at + 18] = all[i].type;
    std::memcpy(&out[at + ABI_DIRENT64_NAME_OFFSET], name.data(), name.size());
  }
  if (out.empty() && i < all.size()) return err(ABI_EINVAL);  // buffer too small
  KResult<void> w = copy_out(k, p, a[1], out);
  if (!w.ok()) return err(w.error());
  f->offset = i;
  return ret(i32(out.size()));
}

SysResult sys_statx(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> path = path_arg(k, p, a[1]);
  if (!path.ok()) return err(path.error());
  InodeId id = kNoInode;
  abi_statx st{};
  if (path->empty() && (a[2] & ABI_AT_EMPTY_PATH)) {
    OpenFile* f = file_of(k, p, a[0]);
    if (!f) return err(ABI_EBADF);
    if (f->kind == FileKind::pipe_read || f->kind == FileKind::pipe_write ||
        f->kind == FileKind::stream) {
      st.stx_mode = ABI_S_IFIFO | 0600;
      st.stx_nlink = 1;
    } else if (f->kind == FileKind::snapshot) {
      st.stx_mode = ABI_S_IFREG | 0444;
      st.stx_size = f->snapshot.size();
    }
    id = f->kind == FileKind::inode || f->kind == FileKind::tty || f->kind == FileKind::null ? f->inode : kNoInode;
    if (f->kind == FileKind::tty && id == kNoInode) {
      st.stx_mode = ABI_S_IFCHR | 0620;
      st.stx_rdev_major = kDevTty >> 8;
    }
  } else {
    KResult<InodeId> base = at_dir(k, p, a[0], *path);
    if (!base.ok()) return err(base.error());
    std::string normalized = normalize_path(k, *base, *path);
    if (is_proc_path(normalized)) {
      std::optional<ProcNode> node = find_proc_node(k, p, normalized);
      if (!node) return err(ABI_ENOENT);
      bool link = node->kind == ProcNode::fd_link || node->kind == ProcNode::self_link;
      bool dir = node->kind == ProcNode::pid_dir || node->kind == ProcNode::fd_dir ||
                 node->kind == ProcNode::task_dir ||
                 (node->kind == ProcNode::self_link && !(a[2] & ABI_AT_SYMLINK_NOFOLLOW));
      st.stx_mode = u16(dir ? ABI_S_IFDIR | 0555 : link ? ABI_S_IFLNK | 0777 : ABI_S_IFREG | 0444);
      st.stx_nlink = dir ? 2 : 1;
      const Process* owner = find_process(k, node->pid);
      st.stx_uid = owner ? owner->uid : 0;
      st.stx_gid = owner ? owner->gid : 0;
      st.stx_ino = 0x10000u + u32(node->pid);
      st.stx_mask = 0x7ff;
      st.stx_blksize = 1024;
      return ret_or_err(copy_out(k, p, a[4], {reinterpret_cast<const u8*>(&st), sizeof st}));
    }
    KResult<InodeId> found = k.fs.lookup(*base, *path, !(a[2] & ABI_AT_SYMLINK_NOFOLLOW));
    if (!found.ok()) return err(found.error());
    id = *found;
  }
  if (id != kNoInode) {
    const Inode& node = k.fs.inode(id);
    st.stx_mode = u16(mode_bits(node));
    st.stx_nlink = node.nlink;
    st.stx_uid = node.uid;
    st.stx_gid = node.gid;
    st.stx_ino = id;
    st.stx_size = node.type == FileType::directory ? 4096 : node.data.size();
    st.stx_blocks = (node.data.size() + 511) / 512;
    st.stx_mtime.tv_sec = i64(node.mtime_ns / 1000000000);
    st.stx_mtime.tv_nsec = u32(node.mtime_ns % 1000000000);
    st.stx_ctime = st.stx_atime = st.stx_btime = st.stx_mtime;
    st.stx_rdev_major = node.rdev >> 8;
    st.stx_rdev_minor = node.rdev & 0xff;
  }
  st.stx_mask = 0x7ff;  // STATX_BASIC_STATS
  st.stx_blksize = 4096;
  st.stx_dev_minor = 1;
  return ret_or_err(copy_out(k, p, a[4], {reinterpret_cast<const u8*>(&st), sizeof st}));
}

namespace {

SysResult change_dir(Kernel& k, Process& p, InodeId dir) {
  if (k.fs.inode(dir).type != FileType::directory) return err(ABI_ENOTDIR);
  k.fs.open_inode(dir);
  k.fs.close_inode(p.cwd);
  p.cwd = dir;
  return ret(0);
}

}  // namespace

SysResult sys_chdir(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> path = path_arg(k, p, a[0]);
  if (!path.ok()) return err(path.error());
  KResult<InodeId> dir = k.fs.lookup(p.cwd, *path);
  if (!dir.ok()) return err(dir.error());
  return change_dir(k, p, *dir);
}

SysResult sys_fchdir(Kernel& k, Process& p, SysArgs a) {
  OpenFile* f = file_of(k, p, a[0]);
  if (!f) return err(ABI_EBADF);
  if (f->kind != FileKind::inode) return err(ABI_ENOTDIR);
  return change_dir(k, p, f->inode);
}

SysResult sys_getcwd(Kernel& k, Process& p, SysArgs a) {
  std::string path = k.fs.path_of(p.cwd);
  if (a[1] < path.size() + 1) return err(ABI_ERANGE);
  KResult<void> w = copy_out(k, p, a[0], {reinterpret_cast<const u8*>(path.c_str()), path.size() + 1});
  return w.ok() ? ret(i32(path.size() + 1)) : err(w.error());
}

namespace {

// Resolves (dirfd, path) to the parent directory and the last name.
KResult<Ramfs::ParentAndName> parent_of(Kernel& k, Process& p, u32 dirfd, u32 path_va) {
  std::string path = K_TRY(path_arg(k, p, path_va));
  InodeId base = K_TRY(at_dir(k, p, dirfd, path));
  return k.fs.lookup_parent(base, path);
}

}  // namespace

SysResult sys_mkdirat(Kernel& k, Process& p, SysArgs a) {
  KResult<Ramfs::ParentAndName> at = parent_of(k, p, a[0], a[1]);
  if (!at.ok()) return err(at.error());
  return ret_or_err(k.fs.mkdir(at->dir, at->name, a[2] & ~p.umask & 07777));
}

SysResult sys_unlinkat(Kernel& k, Process& p, SysArgs a) {
  KResult<Ramfs::ParentAndName> at = parent_of(k, p, a[0], a[1]);
  if (!at.ok()) return err(at.error());
  if (a[2] & ABI_AT_REMOVEDIR) return ret_or_err(k.fs.rmdir(at->dir, at->name));
  return ret_or_err(k.fs.unlink(at->dir, at->name));
}

SysResult sys_renameat2(Kernel& k, Process& p, SysArgs a) {
  if (a[4] != 0) return err(ABI_EINVAL);  // no RENAME_* flags
  KResult<Ramfs::ParentAndName> from = parent_of(k, p, a[0], a[1]);
  if (!from.ok()) return err(from.error());
  KResult<Ramfs::ParentAndName> to = parent_of(k, p, a[2], a[3]);
  if (!to.ok()) return err(to.error());
  return ret_or_err(k.fs.rename(from->dir, from->name, to->dir, to->name));
}

SysResult sys_symlinkat(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> target = path_arg(k, p, a[0]);
  if (!target.ok()) return err(target.error());
  KResult<Ramfs::ParentAndName> at = parent_of(k, p, a[1], a[2]);
  if (!at.ok()) return err(at.error());
  return ret_or_err(k.fs.symlink(at->dir, at->name, *target));
}

SysResult sys_readlinkat(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> path = path_arg(k, p, a[1]);
  if (!path.ok()) return err(path.error());
  KResult<InodeId> base = at_dir(k, p, a[0], *path);
  if (!base.ok()) return err(base.error());
  std::string target;
  std::string normalized = normalize_path(k, *base, *path);
  if (is_proc_path(normalized)) {
    std::optional<ProcNode> node = find_proc_node(k, p, normalized);
    if (!node) return err(ABI_ENOENT);
    if (node->kind != ProcNode::fd_link && node->kind != ProcNode::self_link) return err(ABI_EINVAL);
    target = proc_link_target(k, *node);
  } else {
    KResult<InodeId> link = k.fs.lookup(*base, *path, false);
    if (!link.ok()) return err(link.error());
    const Inode& node = k.fs.inode(*link);
    if (node.type != FileType::symlink) return err(ABI_EINVAL);
    target.assign(node.data.begin(), node.data.end());
  }
  u32 n = std::min<u32>(a[3], u32(target.size()));
  KResult<void> w = copy_out(k, p, a[2], {reinterpret_cast<const u8*>(target.data()), n});
  return w.ok() ? ret(i32(n)) : err(w.error());
}

SysResult sys_faccessat(Kernel& k, Process& p, SysArgs a) {
  KResult<std::string> path = path_arg(k, p, a[1]);
  if (!path.ok()) return err(path.error());
  KResult<InodeId> base = at_dir(k, p, a[0], *path);
  if (!base.ok()) return err(base.error());
  std::string normalized = normalize_path(k, *base, *path);
  if (is_proc_path(normalized)) {
    if (!find_proc_node(k, p, normalized)) return err(ABI_ENOENT);
    return (a[2] & (ABI_W_OK | ABI_X_OK)) ? err(ABI_EACCES) : ret(0);
  }
  KResult<InodeId> found = k.fs.lookup(*base, *path);
  if (!found.ok()) return err(found.error());
  const Inode& node = k.fs.inode(*found);
  if ((a[2] & ABI_X_OK) && !(node.mode & 0111)) return err(ABI_EACCES);
  return ret(0);
}

SysResult sys_ftruncate64(Kernel& k, Process& p, SysArgs a) {
  OpenFile* f = file_of(k, p, a[0]);
  if (!f || !writable(*f)) return err(ABI_EBADF);
  if (f->kind != FileKind::inode) return err(ABI_EINVAL);
  // rv32 passes the 64-bit length in a register pair after padding.
  u64 length = (u64(a[3]) << 32) | a[2];
  return ret_or_err(k.fs.truncate(f->inode, length));
}

SysResult sys_ioctl(Kernel& k, Process& p, SysArgs a) {
  OpenFile* f = file_of(k, p, a[0]);
  if (!f) return err(ABI_EBADF);
  if (f->kind != FileKind::tty) return err(ABI_ENOTTY);
  return tty_ioctl(k, p, a[1], a[2]);
}

}  // namespace forklab::kernel
