#include <stdio.h>
int main(void) {
  double a = 1.5, b = 2.25;
  printf("%f %f %f %f\n", a + b, a - b, a * b, b / a);
  float f = 0.5f, g = 4.0f;
  printf("%f %f\n", f * g, g / f);
  printf("%d %d %d %d\n", a < b, a > b, a == 1.5, b != 2.25);
  int i = (int)(b * 10);
  double d = i;
  printf("%d %f\n", i, d / 4);
  printf("%d\n", (int)-3.75);
  return 0;
}
