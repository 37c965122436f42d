#include <stdio.h>
/* Floating loops and table formatting: compound interest, a sine series,
   and a float-controlled loop whose count depends on rounding. */
static double sine(double x) {
  double term = x, sum = x;
  for (int n = 1; n < 12; n++) { term *= -x * x / ((2 * n) * (2 * n + 1)); sum += term; }
  return sum;
}
int main(void) {
  double balance = 1000.0;
  for (int year = 1; year <= 5; year++) {
    balance *= 1.05;
    printf("%d %10.2f\n", year, balance);
  }
  for (int deg = 0; deg <= 90; deg += 30) printf("%2d %.6f\n", deg, sine(deg * 3.14159265358979 / 180));
  int count = 0;
  for (float f = 0.0f; f < 1.0f; f += 0.1f) count++;
  printf("%d\n", count);
  double x = 1.0;
  int halvings = 0;
  while (x > 1e-10) { x /= 2; halvings++; }
  printf("%d\n", halvings);
  return 0;
}
