#include <stdio.h>
/* 64-bit division and remainder through the helper calls: signs,
   powers of two, divisors above 32 bits, and unsigned extremes. */
int main(void) {
  long long a[] = { 0, 1, -1, 1000000000000LL, -1000000000000LL, 9223372036854775807LL, -9223372036854775807LL - 1 };
  long long d[] = { 1, -1, 3, -7, 4294967296LL, -4294967297LL, 1000000007LL };
  for (int i = 0; i < 7; i++) {
    for (int j = 0; j < 7; j++) {
      if (a[i] == -9223372036854775807LL - 1 && d[j] == -1) continue;
      printf("%lld,%lld ", a[i] / d[j], a[i] % d[j]);
    }
    printf("\n");
  }
  unsigned long long u = 18446744073709551615ULL;
  printf("%llu %llu %llu %llu\n", u / 3, u % 1000, u / 4294967296ULL, u % 4294967311ULL);
  return 0;
}
