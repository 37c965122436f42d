#ifndef _FCNTL_H
#define _FCNTL_H
#include <bits/types.h>
#include <abi/fcntl.h>

#define O_ACCMODE ABI_O_ACCMODE
#define O_RDONLY ABI_O_RDONLY
#define O_WRONLY ABI_O_WRONLY
#define O_RDWR ABI_O_RDWR
#define O_CREAT ABI_O_CREAT
#define O_EXCL ABI_O_EXCL
#define O_NOCTTY ABI_O_NOCTTY
#define O_TRUNC ABI_O_TRUNC
#define O_APPEND ABI_O_APPEND
#define O_NONBLOCK ABI_O_NONBLOCK
#define O_NDELAY ABI_O_NONBLOCK
#define O_DSYNC ABI_O_DSYNC
#define O_SYNC ABI_O_SYNC
#define O_LARGEFILE ABI_O_LARGEFILE
#define O_DIRECTORY ABI_O_DIRECTORY
#define O_NOFOLLOW ABI_O_NOFOLLOW
#define O_CLOEXEC ABI_O_CLOEXEC
#define O_PATH ABI_O_PATH
#define AT_FDCWD ABI_AT_FDCWD
#define AT_SYMLINK_NOFOLLOW ABI_AT_SYMLINK_NOFOLLOW
#define AT_REMOVEDIR ABI_AT_REMOVEDIR
#define AT_SYMLINK_FOLLOW ABI_AT_SYMLINK_FOLLOW
#define AT_EMPTY_PATH ABI_AT_EMPTY_PATH
#define F_DUPFD ABI_F_DUPFD
#define F_GETFD ABI_F_GETFD
#define F_SETFD ABI_F_SETFD
#define F_GETFL ABI_F_GETFL
#define F_SETFL ABI_F_SETFL
#define F_DUPFD_CLOEXEC ABI_F_DUPFD_CLOEXEC
#define FD_CLOEXEC ABI_FD_CLOEXEC

int open(const char *path, int flags, ...);
int openat(int dirfd, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);
#endif
