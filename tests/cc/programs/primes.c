#include <stdio.h>
char sieve[10001];
int main(void) {
  int count = 0, last = 0;
  for (int i = 2; i <= 10000; i++) {
    if (sieve[i]) continue;
    count++;
    last = i;
    for (int j = i * 2; j <= 10000; j += i) sieve[j] = 1;
  }
  printf("%d primes, last %d\n", count, last);
  return count % 256;
}
