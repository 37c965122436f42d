#include <stdio.h>
/* Well-defined unsigned wrap-around used on purpose: hashes, LCGs,
   checked addition detecting overflow, and saturating arithmetic. */
static int add_overflows(int a, int b, int *r) {
  unsigned s = (unsigned)a + (unsigned)b;
  *r = (int)s;
  return ((a ^ (int)s) & (b ^ (int)s)) < 0;
}
static unsigned sat_add(unsigned a, unsigned b) { unsigned s = a + b; return s < a ? 0xffffffffu : s; }
static unsigned char sat_add8(unsigned char a, unsigned char b) { int s = a + b; return s > 255 ? 255 : (unsigned char)s; }
int main(void) {
  int r;
  int o1 = add_overflows(2147483647, 1, &r);
  printf("%d %d\n", o1, r);
  int o2 = add_overflows(-5, 3, &r);
  printf("%d %d\n", o2, r);
  int o3 = add_overflows(-2147483647 - 1, -1, &r);
  printf("%d %d\n", o3, r);
  printf("%u %u\n", sat_add(4000000000u, 500000000u), sat_add(1, 2));
  printf("%d %d\n", sat_add8(200, 100), sat_add8(20, 30));
  unsigned x = 1;
  for (int i = 0; i < 10; i++) x = x * 1664525u + 1013904223u;
  printf("%u\n", x);
  unsigned h = 0;
  for (const char *s = "wrap around"; *s; s++) h = (h << 5) - h + (unsigned char)*s;
  printf("%u\n", h);
  unsigned short us = 65535;
  us += 10;
  printf("%u\n", us);
  return 0;
}
