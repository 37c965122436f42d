#include <stdio.h>
void factor(unsigned long long n) {
  printf("%llu:", n);
  for (unsigned long long p = 2; p * p <= n; p++)
    while (n % p == 0) { printf(" %llu", p); n /= p; }
  if (n > 1) printf(" %llu", n);
  printf("\n");
}
int main(void) {
  factor(360);
  factor(9999991);
  factor(600851475143ULL);
  return 0;
}
