/* The POSIX types every libc header brings, as glibc's headers do (so
 * <stdlib.h> gives pid_t, which the printed zombie.c relies on).
 * RV32 ilp32: int, long and pointers are 32 bits; time_t, off_t and ino_t
 * are 64 bits, as glibc's rv32 port defines them. */
#ifndef _BITS_TYPES_H
#define _BITS_TYPES_H

typedef unsigned int size_t;
typedef int ssize_t;
typedef int ptrdiff_t;
typedef int wchar_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int id_t;
typedef unsigned int mode_t;
typedef unsigned int nlink_t;
typedef unsigned long long dev_t;
typedef unsigned long long ino_t;
typedef long long off_t;
typedef long long off64_t;
typedef long long time_t;
typedef long clock_t;
typedef int clockid_t;
typedef long suseconds_t;
typedef unsigned int useconds_t;
typedef int blksize_t;
typedef long long blkcnt_t;
typedef int key_t;
typedef void *timer_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

#endif
