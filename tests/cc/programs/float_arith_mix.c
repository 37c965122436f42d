#include <stdio.h>
/* float and double together: promotions, float storage rounding,
   conversions to and from integers, negative zero, comparisons. */
static float halve(float x) { return x / 2; }
static double avg(const double *a, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[i]; return s / n; }
int main(void) {
  float f = 0.1f;
  double d = 0.1;
  printf("%d\n", f == d);
  printf("%d\n", f == (float)d);
  printf("%.3f %.3f\n", halve(5.0f), halve(-3));
  double vals[] = { 1.5, 2.25, -0.75, 10 };
  printf("%.4f\n", avg(vals, 4));
  int i = (int)3.99;
  int j = (int)-3.99;
  unsigned u = (unsigned)3000000000.0;
  printf("%d %d %u\n", i, j, u);
  long long big = (long long)1e15;
  printf("%lld\n", big);
  double back = (double)(big / 1000) + 0.25;
  printf("%.2f\n", back);
  float ff = 16777216.0f;
  ff += 1.0f;
  printf("%.1f\n", ff);
  double nz = -0.0;
  printf("%d %d\n", nz == 0.0, 1.0 / 3.0 > 0.333);
  float g = 1.0f / 3.0f;
  printf("%.6f\n", g);
  printf("%.2f\n", (float)7 / 2);
  printf("%d\n", (int)(0.1 + 0.2 == 0.3));
  return 0;
}
