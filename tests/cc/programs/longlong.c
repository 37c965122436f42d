#include <stdio.h>
int main(void) {
  long long a = 123456789012LL, b = -987654321LL;
  printf("%lld %lld %lld\n", a + b, a - b, a * 3);
  printf("%lld %lld\n", a / 1000, a % 1000);
  printf("%lld %lld\n", b / 7, b % 7);
  unsigned long long u = 0xffffffffffffffffULL;
  printf("%llu %llx\n", u / 10, u >> 4);
  printf("%lld %lld\n", a << 5, b >> 3);
  printf("%d %d %d\n", a > b, a == a, b < -1);
  long long m = 1;
  for (int i = 0; i < 62; i++) m *= 2;
  printf("%lld\n", m);
  int x = -5;
  long long w = x;
  unsigned int ux = 4000000000u;
  long long w2 = ux;
  printf("%lld %lld %d\n", w, w2, (int)(a >> 20));
  return 0;
}
