// forklab-test: no-native
// exit: 7
// __builtin_syscall reaches ecall: write(1, ...) = 64, exit_group = 94.
int main(void) {
  static const char msg[] = "hello via ecall\n";
  long n = __builtin_syscall(64, 1, msg, sizeof msg - 1);
  if (n != sizeof msg - 1) return 1;
  __builtin_syscall(94, 7);
  return 0;
}
