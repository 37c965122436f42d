#include <stdio.h>
/* long and unsigned long are 32 bits here (ilp32): overflow behaviour of
   unsigned long, mixing with int and long long, %ld/%lu formats. */
int main(void) {
  long a = 2147483647L;
  unsigned long b = 4294967295UL;
  printf("%ld %lu %d\n", a, b, (int)sizeof(long));
  b += 2;
  printf("%lu\n", b);
  long long c = (long long)a + 1;
  printf("%lld\n", c);
  long d = -5;
  unsigned long e = d;
  printf("%lu\n", e);
  printf("%d\n", d < 1UL);
  printf("%d\n", d < 1LL);
  long arr[4] = { -1, 0, 1, 2 };
  long *p = arr + 3;
  printf("%ld %ld\n", *p - arr[0], (long)(p - arr));
  unsigned long mask = ~0UL >> 4;
  printf("%lx\n", mask);
  long q = -17 / 5L, r = -17 % 5L;
  printf("%ld %ld\n", q, r);
  return 0;
}
