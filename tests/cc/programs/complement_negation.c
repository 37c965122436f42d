#include <stdio.h>
/* ~ and unary - on every integer width, promotions of small unsigned types. */
int main(void) {
  unsigned char uc = 0x0f;
  unsigned short us = 0x00ff;
  signed char sc = 5;
  printf("%d %d %d\n", ~uc, ~us, ~sc);
  printf("%d %d\n", (unsigned char)~uc, (unsigned short)~us);
  printf("%d %d\n", -uc, -us);
  unsigned u = 1;
  printf("%u %u\n", -u, ~u);
  long long ll = 1;
  printf("%lld %lld\n", -ll, ~ll);
  unsigned long long ull = 1;
  printf("%llu %llx\n", -ull, ~ull);
  int i = -2147483647;
  printf("%d %d\n", -i, ~i);
  printf("%d\n", ~0 == -1);
  printf("%d\n", (~uc & 0xff) == 0xf0);
  printf("%d\n", -(-128));
  return 0;
}
