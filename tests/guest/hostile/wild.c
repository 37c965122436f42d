/* Wild pointers: each argument names one bad access. Loads and stores end
 * in SIGSEGV (unmapped, kernel half, null) or SIGBUS (misaligned atomics);
 * plain misaligned loads and stores work (SPEC §3); a bad pointer handed to
 * a system call gives EFAULT, never a host fault. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile uint32_t *ptr(uintptr_t addr) { return (volatile uint32_t *)addr; }

int main(int argc, char **argv) {
  const char *what = argc > 1 ? argv[1] : "";
  if (strcmp(what, "null-read") == 0) return (int)*ptr(0);
  if (strcmp(what, "null-write") == 0) *ptr(0) = 1;
  if (strcmp(what, "kernel-read") == 0) return (int)*ptr(0xC0000000u);
  if (strcmp(what, "kernel-write") == 0) *ptr(0xFFFFFFF0u) = 1;
  if (strcmp(what, "unmapped") == 0) *ptr(0x40000000u) = 1;
  if (strcmp(what, "jump") == 0) ((void (*)(void))0x12345678u)();
  if (strcmp(what, "jump-kernel") == 0) ((void (*)(void))0x80001000u)();
  if (strcmp(what, "misaligned") == 0) {
    static uint8_t bytes[16];
    volatile uint32_t *p = (volatile uint32_t *)(bytes + 1);
    *p = 0x11223344u;
    volatile uint16_t *h = (volatile uint16_t *)(bytes + 7);
    *h = 0x5566;
    printf("misaligned load and store: %08x %04x\n", (unsigned)*p, (unsigned)*h);
    fflush(stdout);
    /* an atomic must be aligned: SIGBUS */
    __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST);
    printf("not reached\n");
    return 1;
  }
  if (strcmp(what, "syscalls") == 0) {
    /* a file with data, so read has bytes to copy */
    int fd = open("/tmp/data", O_RDWR | O_CREAT | O_TRUNC, 0644);
    write(fd, "0123456789abcdefghij", 20);
    uintptr_t bad[] = {0, 0x80000000u, 0xFFFFF000u, 0x40000000u, 0x7FFFFFF9u};
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
      errno = 0;
      ssize_t w = write(1, (const void *)bad[i], 16);
      int we = errno;
      errno = 0;
      lseek(fd, 0, SEEK_SET);
      ssize_t r = read(fd, (void *)bad[i], 16);
      int re = errno;
      printf("%#lx: write %d %s, read %d %s\n", (unsigned long)bad[i], (int)w,
             we == EFAULT ? "EFAULT" : strerror(we), (int)r, re == EFAULT ? "EFAULT" : strerror(re));
    }
    errno = 0;
    int rc = chdir((const char *)0x50000000u);
    printf("chdir: %d %s\n", rc, errno == EFAULT ? "EFAULT" : strerror(errno));
    return 0;
  }
  printf("unknown case %s\n", what);
  return 2;
}
