#include <stdio.h>
int f10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}
long long mix(int a, long long b, int c, long long d, int e, long long f, int g, long long h) {
  return a + b + c + d + e + f + g + h;
}
int main(void) {
  printf("%d\n", f10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  printf("%lld\n", mix(1, 2LL << 33, 3, 4, 5, 6LL << 35, 7, 8));
  return 0;
}
