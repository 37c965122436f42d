#include <stdio.h>
int main(void) {
  unsigned long long h = 14695981039346656037ULL;
  const char *s = "forklab";
  for (const char *p = s; *p; p++) { h ^= (unsigned char)*p; h *= 1099511628211ULL; }
  printf("%llx\n", h);
  long long a = -1234567890123456789LL;
  printf("%lld %lld %lld\n", a / 1000000007, a % 1000000007, a / -3);
  unsigned long long u = 18446744073709551557ULL;
  printf("%llu %llu\n", u / 1000000007ULL, u % 97);
  long long f = 1;
  for (int i = 1; i <= 20; i++) f *= i;
  printf("%lld\n", f);
  return 0;
}
