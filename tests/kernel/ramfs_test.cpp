#include "kernel/ramfs.h"

#include <doctest/doctest.h>

#include <string>

#include "kernel/abi/errno.h"

using namespace forklab;
using namespace forklab::kernel;

namespace {

std::span<const u8> bytes_of(std::string_view s) {
  return {reinterpret_cast<const u8*>(s.data()), s.size()};
}

std::string read_all(const Ramfs& fs, InodeId id) {
  std::string out(fs.inode(id).data.size(), '\0');
  auto n = fs.read(id, 0, {reinterpret_cast<u8*>(out.data()), out.size()});
  REQUIRE(n.ok());
  out.resize(*n);
  return out;
}

InodeId make_file(Ramfs& fs, InodeId dir, std::string_view name, std::string_view text) {
  auto id = fs.create(dir, name, FileType::regular, 0644);
  REQUIRE(id.ok());
  REQUIRE(fs.write(*id, 0, bytes_of(text)).ok());
  return *id;
}

}  // namespace

TEST_CASE("paths resolve through directories, dot, dot-dot and symlinks") {
  Ramfs fs;
  InodeId home = *fs.mkdir(kRootInode, "home", 0755);
  InodeId student = *fs.mkdir(home, "student", 0755);
  InodeId file = make_file(fs, student, "zombie.c", "int main;");

  CHECK(*fs.lookup(kRootInode, "/home/student/zombie.c") == file);
  CHECK(*fs.lookup(student, "zombie.c") == file);
  CHECK(*fs.lookup(student, "./../student//zombie.c") == file);
  CHECK(*fs.lookup(kRootInode, "/..") == kRootInode);
  REQUIRE(fs.symlink(kRootInode, "s", "/home/student").ok());
  CHECK(*fs.lookup(kRootInode, "/s/zombie.c") == file);
  CHECK(fs.inode(*fs.lookup(kRootInode, "/s", false)).type == FileType::symlink);

  CHECK(fs.lookup(kRootInode, "/home/nobody").error() == ABI_ENOENT);
  CHECK(fs.lookup(kRootInode, "/home/student/zombie.c/x").error() == ABI_ENOTDIR);
  CHECK(fs.lookup(kRootInode, "/home/student/zombie.c/").error() == ABI_ENOTDIR);
  CHECK(fs.lookup(kRootInode, "").error() == ABI_ENOENT);
  CHECK(fs.lookup(kRootInode, "/" + std::string(300, 'a')).error() == ABI_ENAMETOOLONG);
  CHECK(fs.path_of(student) == "/home/student");
  CHECK(fs.path_of(kRootInode) == "/");
}

TEST_CASE("a symlink loop ends in ELOOP") {
  Ramfs fs;
  REQUIRE(fs.symlink(kRootInode, "a", "/b").ok());
  REQUIRE(fs.symlink(kRootInode, "b", "/a").ok());
  CHECK(fs.lookup(kRootInode, "/a").error() == ABI_ELOOP);
}

TEST_CASE("lookup_parent splits off the last name") {
  Ramfs fs;
  InodeId tmp = *fs.mkdir(kRootInode, "tmp", 01777);
  auto p = fs.lookup_parent(kRootInode, "/tmp/new.txt");
  REQUIRE(p.ok());
  CHECK(p->dir == tmp);
  CHECK(p->name == "new.txt");
  auto q = fs.lookup_parent(tmp, "sub/");
  REQUIRE(q.ok());
  CHECK(q->dir == tmp);
  CHECK(q->name == "sub");
  CHECK(fs.lookup_parent(kRootInode, "/missing/x").error() == ABI_ENOENT);
  CHECK(fs.lookup_parent(kRootInode, "/").value().name.empty());
}

TEST_CASE("create, unlink and rmdir follow the Unix rules") {
  Ramfs fs;
  InodeId dir = *fs.mkdir(kRootInode, "d", 0755);
  CHECK(fs.inode(kRootInode).nlink == 3);
  CHECK(fs.mkdir(kRootInode, "d", 0755).error() == ABI_EEXIST);
  make_file(fs, dir, "f", "x");
  CHECK(fs.rmdir(kRootInode, "d").error() == ABI_ENOTEMPTY);
  CHECK(fs.unlink(kRootInode, "d").error() == ABI_EISDIR);
  CHECK(fs.rmdir(dir, "f").error() == ABI_ENOTDIR);
  CHECK(fs.unlink(dir, "f").ok());
  CHECK(fs.unlink(dir, "f").error() == ABI_ENOENT);
  CHECK(fs.rmdir(kRootInode, "d").ok());
  CHECK(fs.inode(kRootInode).nlink == 2);
  CHECK(fs.rmdir(kRootInode, "").error() == ABI_EBUSY);
  CHECK(fs.live_inodes() == 1);
}

TEST_CASE("an unlinked file lives on while it is open") {
  Ramfs fs;
  InodeId f = make_file(fs, kRootInode, "f", "still here");
  fs.open_inode(f);
  REQUIRE(fs.unlink(kRootInode, "f").ok());
  CHECK(fs.valid(f));
  CHECK(read_all(fs, f) == "still here");
  fs.close_inode(f);
  CHECK_FALSE(fs.valid(f));
  CHECK(fs.used_bytes() == 0);
}

TEST_CASE("writes extend files, leave holes as zeros, and truncate shrinks") {
  Ramfs fs;
  InodeId f = make_file(fs, kRootInode, "f", "abc");
  REQUIRE(fs.write(f, 5, bytes_of("Z")).ok());
  CHECK(read_all(fs, f) == std::string("abc\0\0Z", 6));
  REQUIRE(fs.truncate(f, 2).ok());
  CHECK(read_all(fs, f) == "ab");
  CHECK(fs.used_bytes() == 2);
  u8 buf[4];
  CHECK(*fs.read(f, 10, buf) == 0);
}

TEST_CASE("the quota stops writes with ENOSPC after writing what fits") {
  Ramfs fs(10);
  InodeId f = make_file(fs, kRootInode, "f", "12345678");
  auto partial = fs.write(f, 8, bytes_of("abcd"));
  REQUIRE(partial.ok());
  CHECK(*partial == 2);
  CHECK(fs.write(f, 10, bytes_of("x")).error() == ABI_ENOSPC);
  CHECK(fs.truncate(f, 1000).error() == ABI_ENOSPC);
  CHECK(fs.write(f, u64(1) << 40, bytes_of("x")).error() == ABI_ENOSPC);
  CHECK(fs.used_bytes() == 10);
  REQUIRE(fs.unlink(kRootInode, "f").ok());
  CHECK(fs.used_bytes() == 0);
}

TEST_CASE("rename moves, replaces and refuses to put a directory inside itself") {
  Ramfs fs;
  InodeId a = *fs.mkdir(kRootInode, "a", 0755);
  InodeId b = *fs.mkdir(a, "b", 0755);
  InodeId f = make_file(fs, a, "f", "1");
  make_file(fs, kRootInode, "g", "2");

  CHECK(fs.rename(kRootInode, "a", b, "a2").error() == ABI_EINVAL);
  REQUIRE(fs.rename(a, "f", kRootInode, "g").ok());
  CHECK(*fs.lookup(kRootInode, "/g") == f);
  CHECK(read_all(fs, f) == "1");
  CHECK(fs.used_bytes() == 1);

  REQUIRE(fs.rename(a, "b", kRootInode, "b").ok());
  CHECK(fs.path_of(b) == "/b");
  CHECK(*fs.lookup(b, "..") == kRootInode);
  CHECK(fs.inode(a).nlink == 2);
  CHECK(fs.rename(kRootInode, "g", kRootInode, "b").error() == ABI_EISDIR);
  CHECK(fs.rename(kRootInode, "b", kRootInode, "g").error() == ABI_ENOTDIR);
  CHECK(fs.rename(kRootInode, "nope", kRootInode, "x").error() == ABI_ENOENT);
}

TEST_CASE("a directory removed while it is the cwd accepts no new entries") {
  Ramfs fs;
  InodeId d = *fs.mkdir(kRootInode, "d", 0755);
  fs.open_inode(d);  // a process's cwd holds it
  REQUIRE(fs.rmdir(kRootInode, "d").ok());
  CHECK(fs.valid(d));
  CHECK(fs.create(d, "f", FileType::regular, 0644).error() == ABI_ENOENT);
  fs.close_inode(d);
  CHECK_FALSE(fs.valid(d));
}
