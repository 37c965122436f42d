#include <stdio.h>
int main(void) {
  double v[] = {-2.5, -0.0, 0.0, 1e-9, 3.0, 1e10};
  int lt = 0, le = 0, eq = 0, gt = 0;
  for (int i = 0; i < 6; i++)
    for (int j = 0; j < 6; j++) { lt += v[i] < v[j]; le += v[i] <= v[j]; eq += v[i] == v[j]; gt += v[i] > v[j]; }
  printf("%d %d %d %d\n", lt, le, eq, gt);
  float f = 0.1f;
  double d = 0.1;
  printf("%d %d\n", f == d, (float)d == f);
  if (d) puts("nonzero");
  if (!(d - d)) puts("zero");
  return 0;
}
