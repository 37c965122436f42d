#include <stdio.h>
#include <stdarg.h>
double avg(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double);
  va_end(ap);
  return s / n;
}
int main(void) {
  printf("%.3f\n", avg(3, 1.0, 2.0, 4.5));
  float f = 2.5f;
  printf("%.2f %d %.1f\n", f, 7, 0.5);
  return 0;
}
