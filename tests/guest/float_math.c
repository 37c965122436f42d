/* Soft-float through the compiler: float and double arithmetic, conversions
 * and comparisons as a program writes them. Expected output from the same
 * program compiled natively (IEEE-754 hardware). */
#include <stdio.h>

static volatile double vd[] = {0.1, 0.2, 3.0, -7.25, 1e-300, 1e300, 123456.789, -0.0};
static volatile float vf[] = {0.1f, 0.2f, 3.0f, -7.25f, 1e-30f, 1e30f, 123456.789f, 16777217.0f};

int main(void) {
  int n = (int)(sizeof vd / sizeof vd[0]);
  for (int i = 0; i < n; i++) {
    double a = vd[i], b = vd[(i + 3) % n];
    printf("%.17g %.17g %.17g %.17g\n", a + b, a - b, a * b, b != 0 ? a / b : 0.0);
    /* conversions only in range: out of range is undefined in C */
    printf("%d %d %d %d %lld %u\n", a < b, a <= b, a == b, a > b,
           (long long)(a > -1e15 && a < 1e15 ? a * 1000 : 0), (unsigned)(a > 0 && a < 4e9 ? a : 0));
  }
  for (int i = 0; i < n; i++) {
    float a = vf[i], b = vf[(i + 5) % n];
    printf("%.9g %.9g %.9g %.9g %.17g\n", a + b, a - b, a * b, a / b, (double)a);
    printf("%d %d %d\n", a < b, (int)(a > -1e12f && a < 1e12f ? a / 1e6f : 0), (float)(double)a == a);
  }
  double sum = 0;
  for (int i = 1; i <= 1000; i++) sum += 1.0 / i;
  printf("harmonic %.15f\n", sum);
  long long big = 9007199254740993LL;
  printf("%.1f %.1f %lld\n", (double)big, (double)(big - 1), (long long)(double)big);
  unsigned long long ub = 18446744073709551615ULL;
  printf("%.1f %u %d\n", (double)ub, (unsigned)3.99, (int)-3.99);
  float f = 1.0f;
  for (int i = 0; i < 30; i++) f = f * 1.5f + 0.1f;
  printf("%.9g %g\n", f, (double)(f / 3));
  return 0;
}
