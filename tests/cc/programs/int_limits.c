#include <stdio.h>
#include <limits.h>
/* <limits.h> values for ilp32 and wrap-around at the edges (unsigned only). */
int main(void) {
  printf("%d %d %d\n", CHAR_BIT, CHAR_MIN, CHAR_MAX);
  printf("%d %d %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
  printf("%d %d %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
  printf("%d %d %u\n", INT_MIN, INT_MAX, UINT_MAX);
  printf("%ld %ld %lu\n", LONG_MIN, LONG_MAX, ULONG_MAX);
  printf("%lld %lld %llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
  unsigned char uc = UCHAR_MAX; uc++;
  unsigned short us = USHRT_MAX; us++;
  unsigned u = UINT_MAX; u++;
  unsigned long long ull = ULLONG_MAX; ull++;
  printf("%d %d %u %llu\n", uc, us, u, ull);
  signed char sc = (signed char)200;
  short ss = (short)40000;
  printf("%d %d\n", sc, ss);
  printf("%d\n", INT_MIN / -2);
  printf("%d %d\n", (int)sizeof(INT_MAX), (int)sizeof(LONG_MAX));
  printf("%d\n", (int)sizeof(UINT_MAX + 0LL));
  return 0;
}
