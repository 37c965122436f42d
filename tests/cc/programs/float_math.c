#include <stdio.h>
double sqrt_newton(double x) {
  double r = x;
  for (int i = 0; i < 30; i++) r = (r + x / r) / 2;
  return r;
}
double poly(double x) { return 3 * x * x - 2 * x + 1; }
int main(void) {
  printf("%.4f\n", sqrt_newton(2.0));
  printf("%.3f\n", poly(1.5));
  double sum = 0;
  for (int i = 1; i <= 100; i++) sum += 1.0 / i;
  printf("%.5f\n", sum);
  double x = -0.0;
  printf("%d\n", x == 0.0);
  double arr[4] = {1.0, 2.5, -3.25, 8.0};
  double mx = arr[0];
  for (int i = 1; i < 4; i++) if (arr[i] > mx) mx = arr[i];
  printf("%.2f\n", mx);
  return 0;
}
