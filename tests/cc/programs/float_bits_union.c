#include <stdio.h>
/* IEEE 754 layouts through unions: sign, exponent and mantissa of floats
   and doubles, building values from bits, next representable value. */
union f32 { float f; unsigned u; };
union f64 { double d; unsigned long long u; struct { unsigned lo, hi; } w; };
int main(void) {
  float fs[] = { 1.0f, -2.0f, 0.5f, 3.0f, 0.1f, 1e10f };
  for (int i = 0; i < 6; i++) {
    union f32 x = { fs[i] };
    printf("%08x s%u e%3u m%06x\n", x.u, x.u >> 31, (x.u >> 23) & 0xff, x.u & 0x7fffff);
  }
  double ds[] = { 1.0, -0.0, 2.5, 1e100, 1.0 / 3 };
  for (int i = 0; i < 5; i++) {
    union f64 y;
    y.d = ds[i];
    printf("%016llx %08x %08x\n", y.u, y.w.hi, y.w.lo);
  }
  union f32 b;
  b.u = 0x40490fdbu;
  printf("%.5f\n", b.f);
  union f64 n;
  n.d = 1.0;
  n.u++;
  printf("%d %d\n", n.d > 1.0, n.d - 1.0 < 1e-15);
  union f32 inf;
  inf.u = 0x7f800000u;
  printf("%d %d\n", inf.f > 1e38f, inf.f == inf.f * 2);
  return 0;
}
