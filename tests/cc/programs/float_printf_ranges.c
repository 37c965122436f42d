#include <stdio.h>
/* %f with widths and precisions over a range of magnitudes and signs,
   including values that round up across a digit boundary. */
int main(void) {
  double v[] = { 0.0, 1.0, -1.0, 0.5, 123.456, -0.001, 99.9996, 1e6, 2.25, 0.125, 1234567.891 };
  for (int i = 0; i < 11; i++) printf("[%f] [%.0f] [%.2f] [%10.3f] [%-9.1f]\n", v[i], v[i], v[i], v[i], v[i]);
  float f = 3.14159f;
  printf("%.3f %.5f\n", f, (double)f);
  return 0;
}
