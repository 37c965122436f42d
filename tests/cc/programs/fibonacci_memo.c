#include <stdio.h>
long long memo[91];
long long fib(int n) {
  if (n < 2) return n;
  if (memo[n]) return memo[n];
  return memo[n] = fib(n - 1) + fib(n - 2);
}
int main(void) {
  printf("%lld %lld\n", fib(50), fib(90));
  return 0;
}
