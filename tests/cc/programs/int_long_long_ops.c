#include <stdio.h>
/* 64-bit arithmetic: carries across the halves, mixed signedness, shifts. */
typedef long long i64;
typedef unsigned long long u64;
static u64 mulmod(u64 a, u64 b, u64 m) {
  u64 r = 0;
  a %= m;
  while (b) {
    if (b & 1) r = (r + a) % m;
    a = (a * 2) % m;
    b >>= 1;
  }
  return r;
}
static u64 powmod(u64 b, u64 e, u64 m) {
  u64 r = 1;
  while (e) {
    if (e & 1) r = mulmod(r, b, m);
    b = mulmod(b, b, m);
    e >>= 1;
  }
  return r;
}
int main(void) {
  u64 a = 0xffffffffULL;
  printf("%llu %llu\n", a + 1, a * a);
  i64 n = -1;
  printf("%lld %llx\n", n * 0x100000000LL, (u64)n >> 4);
  printf("%lld\n", n >> 40);
  i64 x = 1234567890123LL;
  printf("%lld %lld %lld\n", x / 1000, x % 1000, -x / 7);
  printf("%lld\n", -x % 7);
  printf("%llu\n", powmod(2, 62, 1000000007ULL));
  printf("%llu\n", powmod(3, 1000000, 998244353ULL));
  u64 h = 14695981039346656037ULL;
  const char *s = "hash me";
  for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
  printf("%016llx\n", h);
  i64 m = 0x7fffffffffffffffLL;
  printf("%d %d\n", m > 0, (m + 0ULL + 1) > 0);
  int sh = 33;
  printf("%llx %llx\n", 1ULL << sh, 0x8000000000000000ULL >> sh);
  printf("%d\n", (int)(x >> 32));
  return 0;
}
