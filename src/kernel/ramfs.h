// The ramfs: ForkLab's root file system, held entirely in host memory.
//
// Inodes live in one vector and refer to each other by index (InodeId), so
// the file system is plain data that a checkpoint can copy. Directories keep
// their entries sorted by name, which makes getdents64 and `ls`
// deterministic. Every byte of file data counts against a quota (SPEC §4.4,
// default 16 MiB); a write past it fails with ENOSPC.
//
// /proc and /dev/tty are not ramfs data: /proc is a directory that the VFS
// layer above hands to procfs, and device nodes only carry a device number.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/types.h"
#include "kernel/kresult.h"

namespace forklab::kernel {

using InodeId = u32;
constexpr InodeId kNoInode = 0;
constexpr InodeId kRootInode = 1;
constexpr u64 kDefaultRamfsQuota = 16ull << 20;
constexpr usize kMaxNameLength = 255;   // NAME_MAX
constexpr usize kMaxPathLength = 4096;  // PATH_MAX
constexpr int kMaxSymlinkDepth = 8;

enum class FileType : u8 { regular, directory, char_device, symlink, fifo };

struct Inode {
  FileType type = FileType::regular;
  u32 mode = 0;   // permission bits (07777)
  u32 nlink = 0;  // directory entries naming it (+1 for a directory's "." )
  u32 open_count = 0;  // open file descriptions; keeps unlinked files alive
  u32 uid = 0, gid = 0;
  u32 rdev = 0;  // char devices: which device
  u64 mtime_ns = 0;
  u64 ctime_ns = 0;
  InodeId parent = kNoInode;                // directories: ".."
  std::vector<u8> data;                     // regular files and symlink targets
  std::map<std::string, InodeId> entries;  // directories, sorted by name
  bool live = false;                        // slot in use
};

class Ramfs {
 public:
  explicit Ramfs(u64 quota_bytes = kDefaultRamfsQuota);

  // ---- Names ----
  // Resolves `path` (absolute, or relative to `cwd`). Symlinks are followed,
  // the last component only when `follow_last`.
  KResult<InodeId> lookup(InodeId cwd, std::string_view path, bool follow_last = true) const;

  struct ParentAndName {
    InodeId dir;
    std::string name;
  };
  // Resolves all but the last component, for calls that create or remove.
  KResult<ParentAndName> lookup_parent(InodeId cwd, std::string_view path) const;

  KResult<InodeId> create(InodeId dir, std::string_view name, FileType type, u32 mode);
  KResult<InodeId> mkdir(InodeId dir, std::string_view name, u32 mode);
  KResult<InodeId> symlink(InodeId dir, std::string_view name, std::string_view target);
  KResult<InodeId> mknod(InodeId dir, std::string_view name, u32 rdev, u32 mode);
  KResult<void> link(InodeId dir, std::string_view name, InodeId target);
  KResult<void> unlink(InodeId dir, std::string_view name);
  KResult<void> rmdir(InodeId dir, std::string_view name);
  KResult<void> rename(InodeId from_dir, std::string_view from_name, InodeId to_dir,
                       std::string_view to_name);
  // The absolute path of a directory (for getcwd).
  std::string path_of(InodeId dir) const;

  // ---- Data ----
  KResult<u32> read(InodeId id, u64 offset, std::span<u8> out) const;
  KResult<u32> write(InodeId id, u64 offset, std::span<const u8> in);
  KResult<void> truncate(InodeId id, u64 size);

  // ---- Lifetime: open file descriptions hold inodes open ----
  void open_inode(InodeId id);
  void close_inode(InodeId id);

  // ---- Inspection ----
  bool valid(InodeId id) const { return id < inodes_.size() && inodes_[id].live; }
  const Inode& inode(InodeId id) const { return inodes_[id]; }
  u64 used_bytes() const { return used_bytes_; }
  u64 quota_bytes() const { return quota_bytes_; }
  usize live_inodes() const;
  usize inode_slots() const { return inodes_.size(); }  // ids are below this
  // The time stamped on changes (the kernel sets its virtual clock here).
  void set_time_ns(u64 now) { now_ns_ = now; }

 private:
  InodeId allocate(FileType type, u32 mode);
  KResult<InodeId> add_entry(InodeId dir, std::string_view name, FileType type, u32 mode);
  KResult<InodeId> walk(InodeId cwd, std::string_view path, bool follow_last, int depth) const;
  void drop_if_unused(InodeId id);
  bool is_ancestor(InodeId maybe_ancestor, InodeId dir) const;
  KResult<void> resize(Inode& node, u64 size);

  std::vector<Inode> inodes_;     // index 0 unused (kNoInode)
  std::vector<InodeId> free_ids_;
  u64 used_bytes_ = 0;
  u64 quota_bytes_;
  u64 now_ns_ = 0;
};

}  // namespace forklab::kernel
