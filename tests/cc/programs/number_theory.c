#include <stdio.h>
/* Perfect numbers, Armstrong numbers, amicable pairs, Euler's totient,
   and the extended Euclidean algorithm for modular inverses. */
static int divisor_sum(int n) { int s = 1; for (int d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d * d != n) s += n / d; } return n == 1 ? 0 : s; }
static int is_armstrong(int n) {
  int digits = 0, t = n, sum = 0;
  while (t) { digits++; t /= 10; }
  for (t = n; t; t /= 10) { int p = 1; for (int i = 0; i < digits; i++) p *= t % 10; sum += p; }
  return sum == n;
}
static int phi(int n) { int r = n; for (int p = 2; p * p <= n; p++) if (n % p == 0) { while (n % p == 0) n /= p; r -= r / p; } if (n > 1) r -= r / n; return r; }
static int egcd(int a, int b, int *x, int *y) {
  if (b == 0) { *x = 1; *y = 0; return a; }
  int x1, y1, g = egcd(b, a % b, &x1, &y1);
  *x = y1; *y = x1 - (a / b) * y1;
  return g;
}
int main(void) {
  for (int n = 2; n < 10000; n++) if (divisor_sum(n) == n) printf("%d ", n);
  printf("\n");
  for (int n = 1; n < 10000; n++) if (is_armstrong(n)) printf("%d ", n);
  printf("\n");
  for (int a = 2; a < 3000; a++) { int b = divisor_sum(a); if (b > a && divisor_sum(b) == a) printf("(%d,%d) ", a, b); }
  printf("\n");
  for (int n = 1; n <= 20; n++) printf("%d ", phi(n));
  printf("\n");
  int x, y;
  int g = egcd(240, 46, &x, &y);
  printf("%d %d %d\n", g, x, y);
  egcd(17, 3120, &x, &y);
  printf("%d\n", (x % 3120 + 3120) % 3120);
  return 0;
}
