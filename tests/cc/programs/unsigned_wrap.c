#include <stdio.h>
int main(void) {
  unsigned int u = 0;
  u--;
  printf("%u\n", u);
  u += 2;
  printf("%u\n", u);
  unsigned short s = 0;
  s--;
  printf("%u\n", s);
  unsigned long long ll = 0;
  ll--;
  printf("%llu\n", ll);
  unsigned x = 3000000000u, y = 3000000000u;
  printf("%u %u\n", x + y, x * 3);
  return 0;
}
