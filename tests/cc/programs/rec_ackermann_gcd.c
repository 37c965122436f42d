#include <stdio.h>
/* Deep and branching recursion: Ackermann, gcd, binomials, power sets. */
static unsigned ack(unsigned m, unsigned n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
static long long binom(int n, int k) {
  if (k == 0 || k == n) return 1;
  return binom(n - 1, k - 1) + binom(n - 1, k);
}
static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
static int sum_digits(unsigned n) { return n < 10 ? (int)n : (int)(n % 10) + sum_digits(n / 10); }
int main(void) {
  printf("%u %u %u\n", ack(1, 5), ack(2, 3), ack(3, 3));
  printf("%d %d %d\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
  printf("%lld %lld\n", binom(20, 10), binom(24, 12));
  printf("%d\n", depth(20000));
  printf("%d\n", sum_digits(4294967295u));
  return 0;
}
