#include <stdio.h>
int popcount64(unsigned long long x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
int main(void) {
  unsigned long long a = 0xdeadbeefcafebabeULL, b = 0x0123456789abcdefULL;
  printf("%llx %llx %llx %llx\n", a & b, a | b, a ^ b, ~a);
  printf("%d %d\n", popcount64(a), popcount64(b));
  long long neg = -a;
  printf("%llx\n", (unsigned long long)neg);
  unsigned long long r = a;
  for (int i = 0; i < 5; i++) r = (r << 13) | (r >> 51);
  printf("%llx\n", r);
  return 0;
}
