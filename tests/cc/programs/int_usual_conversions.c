#include <stdio.h>
/* Usual arithmetic conversions: where unsigned wins and where it doesn't. */
int main(void) {
  unsigned u = 1;
  int i = -1;
  long l = -1;
  long long ll = -1;
  unsigned short us = 1;
  unsigned char uc = 200;
  printf("%d\n", i < u);          /* -1 becomes UINT_MAX */
  printf("%d\n", l < u);          /* long is 32 bits: unsigned long */
  printf("%d\n", ll < u);         /* long long holds every unsigned */
  printf("%d\n", i < us);         /* unsigned short promotes to int */
  printf("%d\n", uc + uc);        /* int arithmetic, no wrap */
  printf("%u\n", u - 2);
  printf("%lld\n", u - 2LL);
  printf("%d\n", (int)sizeof(uc + uc));
  printf("%d\n", (int)sizeof(u + ll));
  unsigned char a = 250, b = 10;
  unsigned char c = a + b;
  printf("%d %d\n", a + b, c);
  printf("%d\n", (unsigned char)(a * b));
  short s1 = 30000, s2 = 30000;
  int prod = s1 * s2;
  printf("%d\n", prod);
  printf("%u\n", -1 / 2u);
  printf("%d\n", -7 / 2);
  printf("%d\n", -7 % 2);
  printf("%u\n", (unsigned)-7 % 3u);
  unsigned long long big = 3000000000u * 2ull;
  printf("%llu\n", big);
  printf("%u\n", 3000000000u * 2u);
  return 0;
}
