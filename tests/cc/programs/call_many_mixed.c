#include <stdio.h>
/* Calls with more arguments than registers, mixing int, long long, double,
   small and large structs, so some go on the stack (and a 64-bit value may
   straddle the last register and the stack). */
struct small { short a; char b; };
struct large { int v[4]; };
static long long f1(int a, int b, int c, int d, int e, int f, int g, long long h, int i) {
  return a + b + c + d + e + f + g + h * 1000 + i * 7;
}
static double f2(double a, int b, double c, int d, double e, long long f, double g) {
  return a + b + c + d + e + (double)f + g;
}
static int f3(struct small s, struct large l, int a, int b, int c, int d, int e, int f, struct small t, struct large m) {
  return s.a + s.b + l.v[0] + l.v[3] + a + b + c + d + e + f + t.a * 100 + t.b + m.v[1] * 1000 + m.v[2];
}
static int f4(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int s0, int s1, int s2, char s3, short s4) {
  return a0 - a1 + a2 - a3 + a4 - a5 + a6 - a7 + s0 * 2 + s1 * 3 + s2 * 4 + s3 * 5 + s4 * 6;
}
static long long f5(long long a, long long b, long long c, long long d, long long e) {
  return a - b + c - d + e;
}
int main(void) {
  printf("%lld\n", f1(1, 2, 3, 4, 5, 6, 7, 0x100000001LL, 9));
  printf("%.2f\n", f2(0.5, 1, 1.25, 2, 2.5, 1LL << 33, -0.25));
  struct small s = { 3, 4 }, t = { 5, 6 };
  struct large l = { { 1, 2, 3, 4 } }, m = { { 7, 8, 9, 10 } };
  printf("%d\n", f3(s, l, 1, 2, 3, 4, 5, 6, t, m));
  printf("%d\n", f4(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 'A', -300));
  printf("%lld\n", f5(1LL << 40, 1, 1LL << 35, -5, 123456789012LL));
  return 0;
}
