// forklab-test: no-native
// The Linux riscv32 getpid (172) returns a positive pid under qemu.
#include <stdio.h>
int main(void) {
  long pid = __builtin_syscall(172);
  printf("%s\n", pid > 0 ? "pid ok" : "bad pid");
  return 0;
}
