#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H
#include <bits/types.h>
#include <abi/fcntl.h>

#define PROT_NONE ABI_PROT_NONE
#define PROT_READ ABI_PROT_READ
#define PROT_WRITE ABI_PROT_WRITE
#define PROT_EXEC ABI_PROT_EXEC
#define MAP_SHARED ABI_MAP_SHARED
#define MAP_PRIVATE ABI_MAP_PRIVATE
#define MAP_FIXED ABI_MAP_FIXED
#define MAP_ANONYMOUS ABI_MAP_ANONYMOUS
#define MAP_ANON ABI_MAP_ANONYMOUS
#define MAP_NORESERVE ABI_MAP_NORESERVE
#define MAP_POPULATE ABI_MAP_POPULATE
#define MAP_GROWSDOWN ABI_MAP_GROWSDOWN
#define MAP_FAILED ((void *)-1)
#define MREMAP_MAYMOVE ABI_MREMAP_MAYMOVE

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);
void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...);
#endif
