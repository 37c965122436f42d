#include <stdio.h>
/* Textbook numerics: Newton's square root, Horner's polynomial,
   trapezoid integration, and a float accumulation loop. */
static double my_sqrt(double x) {
  if (x <= 0) return 0;
  double g = x > 1 ? x / 2 : 1;
  for (int i = 0; i < 40; i++) g = 0.5 * (g + x / g);
  return g;
}
static double horner(const double *c, int n, double x) {
  double r = 0;
  for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
  return r;
}
static double f(double x) { return x * x * x - x; }
static double trapezoid(double a, double b, int n) {
  double h = (b - a) / n, s = (f(a) + f(b)) / 2;
  for (int i = 1; i < n; i++) s += f(a + i * h);
  return s * h;
}
int main(void) {
  for (int i = 1; i <= 5; i++) printf("sqrt(%d) = %.6f\n", i * i + 1, my_sqrt(i * i + 1));
  double c[] = { 1, -3, 0, 2 };
  printf("%.3f %.3f\n", horner(c, 4, 2.0), horner(c, 4, -1.5));
  printf("%.4f\n", trapezoid(0, 2, 1000));
  float acc = 0;
  for (int i = 0; i < 1000; i++) acc += 0.5f;
  printf("%.1f\n", acc);
  double e = 1, term = 1;
  for (int i = 1; i < 20; i++) { term /= i; e += term; }
  printf("%.10f\n", e);
  return 0;
}
