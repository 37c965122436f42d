#include <stdio.h>
struct acc { long long total; int count; };
struct acc add(struct acc a, long long v) { a.total += v; a.count++; return a; }
long long sum3(long long a, long long b, long long c) { return a + b + c; }
int main(void) {
  struct acc a = {0, 0};
  for (int i = 0; i < 10; i++) a = add(a, 1000000000LL * i);
  printf("%lld %d\n", a.total, a.count);
  printf("%lld\n", sum3(1LL << 40, -(1LL << 39), 7));
  return 0;
}
