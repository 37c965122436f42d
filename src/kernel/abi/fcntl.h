/* The guest ABI: open/fcntl/at flags, mmap, file modes, stat, dirents
 * (Linux asm-generic/fcntl.h, mman-common.h, stat.h, linux/stat.h). */
#ifndef FORKLAB_ABI_FCNTL_H
#define FORKLAB_ABI_FCNTL_H

#include "types.h"

/* openat flags (octal, as Linux writes them) */
#define ABI_O_ACCMODE 00000003
#define ABI_O_RDONLY 00000000
#define ABI_O_WRONLY 00000001
#define ABI_O_RDWR 00000002
#define ABI_O_CREAT 00000100
#define ABI_O_EXCL 00000200
#define ABI_O_NOCTTY 00000400
#define ABI_O_TRUNC 00001000
#define ABI_O_APPEND 00002000
#define ABI_O_NONBLOCK 00004000
#define ABI_O_DSYNC 00010000
#define ABI_O_ASYNC 00020000
#define ABI_O_DIRECT 00040000
#define ABI_O_LARGEFILE 00100000 /* libc always sets it on 32-bit */
#define ABI_O_DIRECTORY 00200000
#define ABI_O_NOFOLLOW 00400000
#define ABI_O_NOATIME 01000000
#define ABI_O_CLOEXEC 02000000
#define ABI_O_SYNC 04010000
#define ABI_O_PATH 010000000

/* *at() */
#define ABI_AT_FDCWD (-100)
#define ABI_AT_SYMLINK_NOFOLLOW 0x100
#define ABI_AT_REMOVEDIR 0x200
#define ABI_AT_SYMLINK_FOLLOW 0x400
#define ABI_AT_EMPTY_PATH 0x1000
#define ABI_F_OK 0
#define ABI_X_OK 1
#define ABI_W_OK 2
#define ABI_R_OK 4

/* fcntl64 */
#define ABI_F_DUPFD 0
#define ABI_F_GETFD 1
#define ABI_F_SETFD 2
#define ABI_F_GETFL 3
#define ABI_F_SETFL 4
#define ABI_F_GETLK64 12
#define ABI_F_SETLK64 13
#define ABI_F_SETLKW64 14
#define ABI_F_DUPFD_CLOEXEC 1030
#define ABI_FD_CLOEXEC 1

/* llseek whence */
#define ABI_SEEK_SET 0
#define ABI_SEEK_CUR 1
#define ABI_SEEK_END 2

/* mmap2 / mprotect */
#define ABI_PROT_NONE 0x0
#define ABI_PROT_READ 0x1
#define ABI_PROT_WRITE 0x2
#define ABI_PROT_EXEC 0x4
#define ABI_MAP_SHARED 0x01
#define ABI_MAP_PRIVATE 0x02
#define ABI_MAP_FIXED 0x10
#define ABI_MAP_ANONYMOUS 0x20
#define ABI_MAP_GROWSDOWN 0x0100
#define ABI_MAP_NORESERVE 0x4000
#define ABI_MAP_POPULATE 0x8000
#define ABI_MAP_FIXED_NOREPLACE 0x100000
#define ABI_MREMAP_MAYMOVE 1
#define ABI_PAGE_SIZE 4096
#define ABI_MMAP2_UNIT 4096 /* mmap2's offset argument counts these */

/* st_mode */
#define ABI_S_IFMT 0170000
#define ABI_S_IFSOCK 0140000
#define ABI_S_IFLNK 0120000
#define ABI_S_IFREG 0100000
#define ABI_S_IFBLK 0060000
#define ABI_S_IFDIR 0040000
#define ABI_S_IFCHR 0020000
#define ABI_S_IFIFO 0010000
#define ABI_S_ISUID 04000
#define ABI_S_ISGID 02000
#define ABI_S_ISVTX 01000

/* statx: the only stat call 32-bit RISC-V Linux has (no fstat, no
 * newfstatat, no fstatat64). */
#define ABI_STATX_TYPE 0x001u
#define ABI_STATX_MODE 0x002u
#define ABI_STATX_NLINK 0x004u
#define ABI_STATX_UID 0x008u
#define ABI_STATX_GID 0x010u
#define ABI_STATX_ATIME 0x020u
#define ABI_STATX_MTIME 0x040u
#define ABI_STATX_CTIME 0x080u
#define ABI_STATX_INO 0x100u
#define ABI_STATX_SIZE 0x200u
#define ABI_STATX_BLOCKS 0x400u
#define ABI_STATX_BASIC_STATS 0x7ffu
#define ABI_STATX_BTIME 0x800u

struct abi_statx_timestamp {
  abi_s64 tv_sec;
  abi_u32 tv_nsec;
  abi_s32 reserved_;
};

struct abi_statx {
  abi_u32 stx_mask;
  abi_u32 stx_blksize;
  abi_u64 stx_attributes;
  abi_u32 stx_nlink;
  abi_u32 stx_uid;
  abi_u32 stx_gid;
  abi_u16 stx_mode;
  abi_u16 spare0_;
  abi_u64 stx_ino;
  abi_u64 stx_size;
  abi_u64 stx_blocks;
  abi_u64 stx_attributes_mask;
  struct abi_statx_timestamp stx_atime; /* offset 0x40 */
  struct abi_statx_timestamp stx_btime;
  struct abi_statx_timestamp stx_ctime;
  struct abi_statx_timestamp stx_mtime;
  abi_u32 stx_rdev_major; /* offset 0x80 */
  abi_u32 stx_rdev_minor;
  abi_u32 stx_dev_major;
  abi_u32 stx_dev_minor;
  abi_u64 stx_mnt_id;
  abi_u32 stx_dio_mem_align;
  abi_u32 stx_dio_offset_align;
  abi_u64 spare3_[12];
};
ABI_STATIC_ASSERT(sizeof(struct abi_statx) == 256, "abi_statx");

/* struct stat64 of asm-generic/stat.h (the layout 32-bit generic-table
 * ports use for fstat64/fstatat64). RISC-V never had those calls; ForkLab's
 * libc builds its struct stat from statx. Kept for reference and for a
 * kernel that wants to offer fstat64 (79/80) to other libcs. */
struct abi_stat64 {
  abi_u64 st_dev;
  abi_u64 st_ino;
  abi_u32 st_mode;
  abi_u32 st_nlink;
  abi_u32 st_uid;
  abi_u32 st_gid;
  abi_u64 st_rdev;
  abi_u64 pad1_;
  abi_s64 st_size;
  abi_s32 st_blksize;
  abi_s32 pad2_;
  abi_s64 st_blocks;
  abi_s32 st_atime_sec;
  abi_u32 st_atime_nsec;
  abi_s32 st_mtime_sec;
  abi_u32 st_mtime_nsec;
  abi_s32 st_ctime_sec;
  abi_u32 st_ctime_nsec;
  abi_u32 unused4_;
  abi_u32 unused5_;
};
ABI_STATIC_ASSERT(sizeof(struct abi_stat64) == 104, "abi_stat64");

/* getdents64 records: d_reclen bytes each, 8-byte aligned, name NUL-ended */
struct abi_dirent64 {
  abi_u64 d_ino;
  abi_s64 d_off;
  abi_u16 d_reclen;
  abi_u8 d_type;
  char d_name[1]; /* really d_reclen - 19 bytes */
};
#define ABI_DIRENT64_NAME_OFFSET 19
#define ABI_DT_UNKNOWN 0
#define ABI_DT_FIFO 1
#define ABI_DT_CHR 2
#define ABI_DT_DIR 4
#define ABI_DT_BLK 6
#define ABI_DT_REG 8
#define ABI_DT_LNK 10
#define ABI_DT_SOCK 12

/* readv/writev */
struct abi_iovec {
  abi_ptr iov_base;
  abi_u32 iov_len;
};
ABI_STATIC_ASSERT(sizeof(struct abi_iovec) == 8, "abi_iovec");
#define ABI_IOV_MAX 1024

/* renameat2 flags */
#define ABI_RENAME_NOREPLACE 1

#endif
