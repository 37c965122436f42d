/* mmap of huge and absurd lengths: ENOMEM or EINVAL, never a host
 * allocation. A mapping larger than the machine's memory succeeds
 * (overcommit, as on Linux) and touching all of it ends in the OOM killer. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static const char *name(int e) {
  return e == ENOMEM ? "ENOMEM" : e == EINVAL ? "EINVAL" : strerror(e);
}

static void try_map(const char *what, void *addr, size_t len, int flags) {
  errno = 0;
  void *p = mmap(addr, len, PROT_READ | PROT_WRITE, flags, -1, 0);
  printf("%s: %s\n", what, p == MAP_FAILED ? name(errno) : "mapped");
  if (p != MAP_FAILED) munmap(p, len);
}

int main(void) {
  const int anon = MAP_PRIVATE | MAP_ANONYMOUS;
  try_map("0 bytes", 0, 0, anon);
  try_map("4 GiB - 1", 0, 0xFFFFFFFFu, anon);
  try_map("4 GiB - 4 KiB", 0, 0xFFFFF000u, anon);
  try_map("3 GiB", 0, 0xC0000000u, anon);
  try_map("fixed in the kernel half", (void *)0x80000000u, 4096, anon | MAP_FIXED);
  try_map("fixed, wrapping around", (void *)0xFFFFF000u, 0x2000, anon | MAP_FIXED);
  try_map("fixed, misaligned", (void *)0x10000001u, 4096, anon | MAP_FIXED);
  int maps = 0;
  char *first = MAP_FAILED, *p;
  while ((p = mmap(0, 64u << 20, PROT_READ | PROT_WRITE, anon, -1, 0)) != MAP_FAILED) {
    if (maps++ == 0) first = p;
  }
  printf("64 MiB mappings until the address space is full: %d, then %s\n", maps, name(errno));
  fflush(stdout);
  /* Touch a whole mapping (the machine has 64 MiB): the OOM killer ends this. */
  for (p = first;; p += 4096) *p = 1;
}
