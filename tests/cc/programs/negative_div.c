#include <stdio.h>
int main(void) {
  int vals[] = {7, -7, 0, 13, -13};
  int divs[] = {2, -2, 3, -5};
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 4; j++) printf("%d/%d=%d,%d ", vals[i], divs[j], vals[i] / divs[j], vals[i] % divs[j]);
  printf("\n");
  unsigned a = 7; int b = -2;
  printf("%u\n", a / b);
  long long c = -9; long long d = 4;
  printf("%lld %lld\n", c / d, c % d);
  return 0;
}
