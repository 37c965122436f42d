/* sqrt, fmod, floor, ceil, trunc, round, frexp, ldexp, modf on many values
 * against glibc (expected output), plus float.h and locale.h basics. */
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static unsigned long long state = 0x13198a2e03707344ULL;
static unsigned long long next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static double value(int i) {
  unsigned long long r = next();
  double d;
  if (i % 3 == 0) {
    r &= ~(1ULL << 63); /* random finite-or-not positive bit patterns */
    memcpy(&d, &r, sizeof d);
  } else {
    d = (double)(long long)(r % 20000001ULL - 10000000ULL) / (double)(1 + (r >> 50) % 1000);
  }
  return d;
}

int main(void) {
  for (int i = 0; i < 300; i++) {
    double a = value(i), b = value(i + 1);
    if (isnan(a) || isinf(a)) continue;
    double ip;
    int e;
    double fr = frexp(a, &e);
    double fp = modf(a, &ip);
    printf("%.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g %d %.17g %.17g %.17g\n", sqrt(fabs(a)),
           isnan(b) || b == 0 ? 0.0 : fmod(a, b), floor(a), ceil(a), trunc(a), round(a), fr,
           ldexp(fr, e), e, fp, ip, (double)sqrtf((float)fabs(a)));
  }
  printf("%g %g %d %d %d %d\n", sqrt(2.0), fmod(-7.5, 2.0), isnan(sqrt(-1.0)), isinf(HUGE_VAL),
         signbit(-0.0), isfinite(1e308 * 10));
  printf("%g %g %s %s\n", DBL_EPSILON, FLT_MAX, setlocale(LC_ALL, "C"), setlocale(LC_ALL, "xx") ? "?" : "null");
  return 0;
}
