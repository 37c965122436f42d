#include "kernel/ramfs.h"

#include <algorithm>

#include "kernel/abi/errno.h"

namespace forklab::kernel {
namespace {

// Splits a path into its components, skipping empty ones ("a//b" is "a/b").
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> parts;
  usize i = 0;
  while (i < path.size()) {
    while (i < path.size() && path[i] == '/') ++i;
    usize start = i;
    while (i < path.size() && path[i] != '/') ++i;
    if (i > start) parts.push_back(path.substr(start, i - start));
  }
  return parts;
}

bool valid_new_name(std::string_view name) {
  return !name.empty() && name != "." && name != ".." &&
         name.find('/') == std::string_view::npos;
}

}  // namespace

Ramfs::Ramfs(u64 quota_bytes) : quota_bytes_(quota_bytes) {
  inodes_.resize(1);  // kNoInode
  InodeId root = allocate(FileType::directory, 0755);
  inodes_[root].nlink = 2;
  inodes_[root].parent = root;  // "/.." is "/"
}

InodeId Ramfs::allocate(FileType type, u32 mode) {
  InodeId id;
  if (!free_ids_.empty()) {
    id = free_ids_.back();
    free_ids_.pop_back();
  } else {
    id = InodeId(inodes_.size());
    inodes_.emplace_back();
  }
  Inode& node = inodes_[id];
  node = Inode{};
  node.type = type;
  node.mode = mode & 07777;
  node.live = true;
  node.mtime_ns = node.ctime_ns = now_ns_;
  return id;
}

usize Ramfs::live_inodes() const {
  return usize(std::count_if(inodes_.begin(), inodes_.end(), [](const Inode& n) { return n.live; }));
}

// ---- Names -------------------------------------------------------------------

KResult<InodeId> Ramfs::lookup(InodeId cwd, std::string_view path, bool follow_last) const {
  return walk(cwd, path, follow_last, 0);
}

KResult<InodeId> Ramfs::walk(InodeId cwd, std::string_view path, bool follow_last,
                             int depth) const {
  if (path.empty()) return Errno{ABI_ENOENT};
  if (path.size() >= kMaxPathLength) return Errno{ABI_ENAMETOOLONG};
  InodeId at = path[0] == '/' ? kRootInode : cwd;
  if (!valid(at)) return Errno{ABI_ENOENT};
  std::vector<std::string_view> parts = split_path(path);
  for (usize i = 0; i < parts.size(); ++i) {
    const Inode& dir = inodes_[at];
    if (dir.type != FileType::directory) return Errno{ABI_ENOTDIR};
    std::string_view part = parts[i];
    if (part.size() > kMaxNameLength) return Errno{ABI_ENAMETOOLONG};
    if (part == ".") continue;
    if (part == "..") {
      at = dir.parent;
      continue;
    }
    auto it = dir.entries.find(std::string(part));
    if (it == dir.entries.end()) return Errno{ABI_ENOENT};
    InodeId next = it->second;
    bool last = i + 1 == parts.size();
    if (inodes_[next].type == FileType::symlink && (!last || follow_last)) {
      if (depth >= kMaxSymlinkDepth) return Errno{ABI_ELOOP};
      const std::vector<u8>& target = inodes_[next].data;
      std::string_view text(reinterpret_cast<const char*>(target.data()), target.size());
      next = K_TRY(walk(at, text, true, depth + 1));
    }
    at = next;
  }
  // "name/" must name a directory.
  if (path.back() == '/' && inodes_[at].type != FileType::directory) return Errno{ABI_ENOTDIR};
  return at;
}

KResult<Ramfs::ParentAndName> Ramfs::lookup_parent(InodeId cwd, std::string_view path) const {
  if (path.empty()) return Errno{ABI_ENOENT};
  if (path.size() >= kMaxPathLength) return Errno{ABI_ENAMETOOLONG};
  usize end = path.find_last_not_of('/');
  if (end == std::string_view::npos) return ParentAndName{kRootInode, ""};  // "/"
  usize slash = path.rfind('/', end);
  std::string_view name = path.substr(slash == std::string_view::npos ? 0 : slash + 1,
                                      end - (slash == std::string_view::npos ? 0 : slash + 1) + 1);
  if (name.size() > kMaxNameLength) return Errno{ABI_ENAMETOOLONG};
  InodeId dir = cwd;
  if (slash != std::string_view::npos) {
    std::string_view head = path.substr(0, slash + 1);
    dir = K_TRY(walk(cwd, head, true, 0));
  }
  if (!valid(dir)) return Errno{ABI_ENOENT};
  if (inodes_[dir].type != FileType::directory) return Errno{ABI_ENOTDIR};
  return ParentAndName{dir, std::string(name)};
}

KResult<InodeId> Ramfs::add_entry(InodeId dir, std::string_view name, FileType type, u32 mode) {
  if (!valid(dir) || inodes_[dir].nlink == 0) return Errno{ABI_ENOENT};  // removed directory
  if (inodes_[dir].type != FileType::directory) return Errno{ABI_ENOTDIR};
  if (!valid_new_name(name)) return Errno{ABI_EEXIST};
  if (name.size() > kMaxNameLength) return Errno{ABI_ENAMETOOLONG};
  if (inodes_[dir].entries.count(std::string(name))) return Errno{ABI_EEXIST};
  InodeId id = allocate(type, mode);
  Inode& parent = inodes_[dir];  // allocate may have moved the vector
  parent.entries.emplace(std::string(name), id);
  parent.mtime_ns = now_ns_;
  inodes_[id].nlink = 1;
  return id;
}

KResult<InodeId> Ramfs::create(InodeId dir, std::string_view name, FileType type, u32 mode) {
  if (type == FileType::directory) return mkdir(dir, name, mode);
  return add_entry(dir, name, type, mode);
}

KResult<InodeId> Ramfs::mkdir(InodeId dir, std::string_view name, u32 mode) {
  InodeId id = K_TRY(add_entry(dir, name, FileType::directory, mode));
  inodes_[id].nlink = 2;  // its entry in the parent, and its own "."
  inodes_[id].parent = dir;
  inodes_[dir].nlink += 1;  // the new directory's ".."
  return id;
}

KResult<InodeId> Ramfs::symlink(InodeId dir, std::string_view name, std::string_view target) {
  if (target.empty()) return Errno{ABI_ENOENT};
  if (target.size() >= kMaxPathLength) return Errno{ABI_ENAMETOOLONG};
  if (used_bytes_ + target.size() > quota_bytes_) return Errno{ABI_ENOSPC};
  InodeId id = K_TRY(add_entry(dir, name, FileType::symlink, 0777));
  inodes_[id].data.assign(target.begin(), target.end());
  used_bytes_ += target.size();
  return id;
}

KResult<InodeId> Ramfs::mknod(InodeId dir, std::string_view name, u32 rdev, u32 mode) {
  InodeId id = K_TRY(add_entry(dir, name, FileType::char_device, mode));
  inodes_[id].rdev = rdev;
  return id;
}

KResult<void> Ramfs::link(InodeId dir, std::string_view name, InodeId target) {
  if (!valid(target)) return Errno{ABI_ENOENT};
  if (inodes_[target].type == FileType::directory) return Errno{ABI_EPERM};  // link(2)
  if (!valid(dir) || inodes_[dir].nlink == 0) return Errno{ABI_ENOENT};
  if (inodes_[dir].type != FileType::directory) return Errno{ABI_ENOTDIR};
  if (!valid_new_name(name)) return Errno{ABI_EEXIST};
  if (!inodes_[dir].entries.emplace(std::string(name), target).second) return Errno{ABI_EEXIST};
  inodes_[target].nlink += 1;
  inodes_[target].ctime_ns = now_ns_;
  return {};
}

KResult<void> Ramfs::unlink(InodeId dir, std::string_view name) {
  if (name.empty() || name == "." || name == "..") return Errno{ABI_EISDIR};
  if (!valid(dir) || inodes_[dir].type != FileType::directory) return Errno{ABI_ENOTDIR};
  auto it = inodes_[dir].entries.find(std::string(name));
  if (it == inodes_[dir].entries.end()) return Errno{ABI_ENOENT};
  InodeId id = it->second;
  if (inodes_[id].type == FileType::directory) return Errno{ABI_EISDIR};
  inodes_[dir].entries.erase(it);
  inodes_[dir].mtime_ns = now_ns_;
  inodes_[id].nlink -= 1;
  drop_if_unused(id);
  return {};
}

KResult<void> Ramfs::rmdir(InodeId dir, std::string_view name) {
  if (name.empty()) return Errno{ABI_EBUSY};  // the root
  if (name == ".") return Errno{ABI_EINVAL};
  if (name == "..") return Errno{ABI_ENOTEMPTY};
  if (!valid(dir) || inodes_[dir].type != FileType::directory) return Errno{ABI_ENOTDIR};
  auto it = inodes_[dir].entries.find(std::string(name));
  if (it == inodes_[dir].entries.end()) return Errno{ABI_ENOENT};
  InodeId id = it->second;
  Inode& victim = inodes_[id];
  if (victim.type != FileType::directory) return Errno{ABI_ENOTDIR};
  if (!victim.entries.empty()) return Errno{ABI_ENOTEMPTY};
  inodes_[dir].entries.erase(it);
  inodes_[dir].nlink -= 1;
  victim.nlink = 0;
  drop_if_unused(id);
  return {};
}

bool Ramfs::is_ancestor(InodeId maybe_ancestor, InodeId dir) const {
  for (InodeId at = dir;; at = inodes_[at].parent) {
    if (at == maybe_ancestor) return true;
    if (at == kRootInode) return false;
  }
}

KResult<void> Ramfs::rename(InodeId from_dir, std::string_view from_name, InodeId to_dir,
                            std::string_view to_name) {
  if (!valid_new_name(from_name) || !valid_new_name(to_name)) return Errno{ABI_EBUSY};
  if (!valid(from_dir) || !valid(to_dir)) return Errno{ABI_ENOENT};
  if (inodes_[from_dir].type != FileType::directory ||
      inodes_[to_dir].type != FileType::directory) {
    return Errno{ABI_ENOTDIR};
  }
  auto from = inodes_[from_dir].entries.find(std::string(from_name));
  if (from == inodes_[from_dir].entries.end()) return Errno{ABI_ENOENT};
  InodeId moving = from->second;
  bool moving_dir = inodes_[moving].type == FileType::directory;
  if (moving_dir && is_ancestor(moving, to_dir)) return Errno{ABI_EINVAL};

  auto to = inodes_[to_dir].entries.find(std::string(to_name));
  if (to != inodes_[to_dir].entries.end()) {
    InodeId replaced = to->second;
    if (replaced == moving) return {};  // both names are links to one file
    bool replaced_dir = inodes_[replaced].type == FileType::directory;
    if (moving_dir && !replaced_dir) return Errno{ABI_ENOTDIR};
    if (!moving_dir && replaced_dir) return Errno{ABI_EISDIR};
    if (replaced_dir) {
      K_CHECK(rmdir(to_dir, to_name));
    } else {
      K_CHECK(unlink(to_dir, to_name));
    }
  }
  inodes_[from_dir].entries.erase(std::string(from_name));
  inodes_[to_dir].entries.emplace(std::string(to_name), moving);
  if (moving_dir && from_dir != to_dir) {
    inodes_[moving].parent = to_dir;
    inodes_[from_dir].nlink -= 1;
    inodes_[to_dir].nlink += 1;
  }
  inodes_[from_dir].mtime_ns = inodes_[to_dir].mtime_ns = now_ns_;
  return {};
}

std::string Ramfs::path_of(InodeId dir) const {
  if (!valid(dir)) return "/";
  std::vector<const std::string*> names;
  for (InodeId at = dir; at != kRootInode;) {
    InodeId parent = inodes_[at].parent;
    const std::string* name = nullptr;
    for (const auto& [entry, id] : inodes_[parent].entries) {
      if (id == at) name = &entry;
    }
    if (!name) return "/";  // a removed directory: Linux says "(unreachable)"
    names.push_back(name);
    at = parent;
  }
  std::string path;
  for (auto it = names.rbegin(); it != names.rend(); ++it) path += "/" + **it;
  return path.empty() ? "/" : path;
}

// ---- Data ----------------------------------------------------------------------

KResult<u32> Ramfs::read(InodeId id, u64 offset, std::span<u8> out) const {
  if (!valid(id)) return Errno{ABI_EBADF};
  const Inode& node = inodes_[id];
  if (node.type == FileType::directory) return Errno{ABI_EISDIR};
  if (offset >= node.data.size()) return u32(0);
  usize n = std::min<usize>(out.size(), node.data.size() - usize(offset));
  std::copy_n(node.data.begin() + std::ptrdiff_t(offset), n, out.begin());
  return u32(n);
}

KResult<void> Ramfs::resize(Inode& node, u64 size) {
  u64 old = node.data.size();
  if (size > old && size - old > quota_bytes_ - used_bytes_) return Errno{ABI_ENOSPC};
  node.data.resize(usize(size));
  used_bytes_ = used_bytes_ + size - old;
  return {};
}

KResult<u32> Ramfs::write(InodeId id, u64 offset, std::span<const u8> in) {
  if (!valid(id)) return Errno{ABI_EBADF};
  Inode& node = inodes_[id];
  if (node.type == FileType::directory) return Errno{ABI_EISDIR};
  if (in.empty()) return u32(0);
  // A write that would pass the quota writes what fits, as a full disk does;
  // only a write of which nothing fits fails with ENOSPC.
  u64 room = quota_bytes_ - used_bytes_ + node.data.size();
  if (offset >= room) return Errno{ABI_ENOSPC};
  usize n = usize(std::min<u64>(in.size(), room - offset));
  if (offset + n > node.data.size()) K_CHECK(resize(node, offset + n));
  std::copy_n(in.begin(), n, node.data.begin() + std::ptrdiff_t(offset));
  node.mtime_ns = now_ns_;
  return u32(n);
}

KResult<void> Ramfs::truncate(InodeId id, u64 size) {
  if (!valid(id)) return Errno{ABI_EBADF};
  Inode& node = inodes_[id];
  if (node.type == FileType::directory) return Errno{ABI_EISDIR};
  if (node.type != FileType::regular) return Errno{ABI_EINVAL};
  K_CHECK(resize(node, size));
  node.mtime_ns = now_ns_;
  return {};
}

// ---- Lifetime ----------------------------------------------------------------------

void Ramfs::open_inode(InodeId id) {
  if (valid(id)) inodes_[id].open_count += 1;
}

void Ramfs::close_inode(InodeId id) {
  if (!valid(id) || inodes_[id].open_count == 0) return;
  inodes_[id].open_count -= 1;
  drop_if_unused(id);
}

void Ramfs::drop_if_unused(InodeId id) {
  Inode& node = inodes_[id];
  if (!node.live || id == kRootInode || node.nlink > 0 || node.open_count > 0) return;
  used_bytes_ -= node.data.size();
  node = Inode{};
  free_ids_.push_back(id);
}

}  // namespace forklab::kernel
