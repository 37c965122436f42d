#include <stdio.h>
int main(void) {
  unsigned u = 0x80000000u;
  int s = -16;
  printf("%u %d %d\n", u >> 31, s >> 2, s << 3);
  unsigned long long x = 1;
  for (int i = 0; i < 64; i += 7) printf("%llu ", x << i);
  printf("\n");
  long long y = -1LL << 40;
  printf("%lld %lld\n", y >> 8, y >> 39);
  unsigned long long z = 0xf000000000000000ULL;
  printf("%llx %llx\n", z >> 60, z >> 33);
  int n = 33;
  printf("%llx\n", 1ULL << n);
  return 0;
}
