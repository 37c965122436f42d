#include <stdio.h>
/* Conversions at the edges: rounding toward zero, large unsigned and 64-bit
   values to double and back, float to unsigned char. */
int main(void) {
  double vals[] = { 0.5, -0.5, 1.5, -1.5, 2147483647.0, -2147483648.0, 1e9 };
  for (int i = 0; i < 7; i++) printf("%d ", (int)vals[i]);
  printf("\n");
  unsigned u = 4294967295u;
  double du = u;
  printf("%.1f %u\n", du, (unsigned)du);
  unsigned long long ull = 18446744073709549568ULL;
  double dl = (double)ull;
  printf("%llu\n", (unsigned long long)dl);
  long long ll = -9007199254740993LL;
  double dd = (double)ll;
  printf("%lld\n", (long long)dd);
  float f = 255.9f;
  unsigned char uc = (unsigned char)f;
  printf("%d\n", uc);
  float fu = (float)3000000000u;
  printf("%.1f\n", fu);
  printf("%.1f %.1f\n", (double)(1LL << 53), (double)-(1LL << 59));
  int neg = -7;
  printf("%.2f\n", neg / 2.0);
  short s = -300;
  printf("%.1f\n", (float)s * 2);
  return 0;
}
