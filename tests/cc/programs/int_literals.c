#include <stdio.h>
int main(void) {
  printf("%d %d %d %d\n", 0x1F, 017, 0b101, 1000000);
  printf("%u %ld %lu\n", 0xFFFFFFFF, 2147483647L, 4294967295UL);
  printf("%lld %llu\n", 0x7fffffffffffffffLL, 0xffffffffffffffffULL);
  printf("%d %d\n", (int)sizeof(2147483648), (int)sizeof(0x80000000));
  printf("%d %d\n", (int)sizeof('a'), (int)sizeof(1u));
  return 0;
}
