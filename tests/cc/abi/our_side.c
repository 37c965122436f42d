/* Built by forklab-cc: calls clang's functions and is called by them. */
#include <stdio.h>
#include <stdarg.h>
#include "abi.h"

int our_sum_small(struct small s, int x) { return s.c + s.s + x; }
struct pair our_make_pair(int a, int b) { struct pair p = {a, b}; return p; }
long long our_mul64(long long a, long long b, int shift) { return (a * b) >> shift; }
struct big our_make_big(int seed) {
  struct big b;
  for (int i = 0; i < 5; i++) b.a[i] = seed * 2 + i;
  b.tag = 'Z';
  return b;
}
int our_sum_big(struct big b, struct pair p, struct small s) {
  int t = b.tag + p.a + p.b + s.c + s.s;
  for (int i = 0; i < 5; i++) t += b.a[i];
  return t;
}
long long our_varargs(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long long t = 0;
  for (int i = 0; i < n; i++) {
    if (i % 4 == 0) t += va_arg(ap, int);
    else if (i % 4 == 1) t += va_arg(ap, long long) >> 30;
    else if (i % 4 == 2) t += va_arg(ap, struct pair).a * 1000;
    else t += va_arg(ap, int) * 7;
  }
  va_end(ap);
  return t;
}
int our_many(int a, int b, int c, int d, int e, int f, int g, long long h, int i, struct pair j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + (int)(h >> 32) + (int)h + 8 * i + j.a * 9 + j.b * 10;
}
struct mixed8 our_mixed(struct mixed8 m, int x) { m.v = m.v * x + 1; return m; }

int main(void) {
  struct small s = {9, 1000};
  printf("sum_small %d\n", c_sum_small(s, 1));
  struct pair p = c_make_pair(5, 6);
  printf("pair %d %d\n", p.a, p.b);
  printf("mul64 %lld\n", c_mul64(123456789LL, 1000003LL, 3));
  struct big b = c_make_big(40);
  printf("big %d %d %c\n", b.a[0], b.a[4], b.tag);
  printf("sum_big %d\n", c_sum_big(b, p, s));
  printf("varargs %lld\n", c_varargs(6, 1, 1LL << 40, (struct pair){7, 8}, 2, 3LL, (struct pair){0, 9}));
  printf("scale %d\n", (int)c_scale(2.5, 4));
  printf("many %d\n", c_many(1, 2, 3, 4, 5, 6, 7, 0x300000004LL, 9, p));
  printf("div64 %llu\n", c_div64(1000000000000ULL, 7));
  printf("callback %d\n", c_call_back());
  return 0;
}
