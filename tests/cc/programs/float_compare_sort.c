#include <stdio.h>
/* Sorting doubles and floats, min/max/mean/variance, and comparisons of
   mixed float/double/int operands. */
int main(void) {
  double v[] = { 3.5, -1.25, 8.0, 0.0, 2.75, -6.5, 4.125, 1.0 };
  int n = 8;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n - 1 - i; j++)
      if (v[j] > v[j + 1]) { double t = v[j]; v[j] = v[j + 1]; v[j + 1] = t; }
  double sum = 0, sq = 0;
  for (int i = 0; i < n; i++) { printf("%.3f ", v[i]); sum += v[i]; }
  double mean = sum / n;
  for (int i = 0; i < n; i++) sq += (v[i] - mean) * (v[i] - mean);
  printf("\n%.4f %.4f %.3f %.3f\n", mean, sq / n, v[0], v[n - 1]);
  float f = 2.5f;
  int k = 2;
  printf("%d %d %d %d\n", f > k, f < 3, f == 2.5, (double)f == 2.5);
  float third = 1.0f / 3;
  printf("%d %d\n", third == 1.0 / 3, third == (float)(1.0 / 3));
  return 0;
}
