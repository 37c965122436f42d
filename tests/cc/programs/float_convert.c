#include <stdio.h>
double half(double x) { return x / 2; }
float twice(float x) { return x * 2; }
int main(void) {
  unsigned u = 4000000000u;
  double du = u;
  printf("%f\n", du);
  long long ll = -123456789012LL;
  double dl = ll;
  printf("%f\n", dl);
  printf("%lld\n", (long long)(dl * 2));
  float f = 3.5f;
  double d = f;
  printf("%f %f\n", d, half(d));
  printf("%f\n", (double)twice(1.25f));
  printf("%u\n", (unsigned)3000000000.0);
  char c = (char)65.7;
  printf("%c\n", c);
  return 0;
}
