#include <stdio.h>
union f2i { float f; unsigned int u; };
union d2l { double d; unsigned long long u; };
int main(void) {
  union f2i a; a.f = 1.0f;
  union d2l b; b.d = -2.5;
  printf("%x %llx\n", a.u, b.u);
  a.u = 0x40490fdb;
  printf("%.5f\n", a.f);
  return 0;
}
