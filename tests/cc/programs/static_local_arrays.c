#include <stdio.h>
/* Static local arrays and structs: initialized once, persisting, returned
   by pointer; a memoizing function with a static cache. */
static const char *ordinal(int n) {
  static const char *suffix[] = { "th", "st", "nd", "rd" };
  static char buf[16];
  int k = n % 100 >= 11 && n % 100 <= 13 ? 0 : n % 10 <= 3 ? n % 10 : 0;
  sprintf(buf, "%d%s", n, suffix[k]);
  return buf;
}
static long long fib(int n) {
  static long long cache[91];
  static int hits;
  if (n < 0) return hits;
  if (n < 2) return n;
  if (cache[n]) { hits++; return cache[n]; }
  return cache[n] = fib(n - 1) + fib(n - 2);
}
static int *counter(void) { static int c[3] = { 10, 20, 30 }; c[0]++; return c; }
int main(void) {
  int ns[] = { 1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112 };
  for (int i = 0; i < 12; i++) printf("%s ", ordinal(ns[i]));
  printf("\n%lld %lld\n", fib(90), fib(50));
  printf("%lld\n", fib(-1));
  counter();
  int *c = counter();
  printf("%d %d %d\n", c[0], c[1], c[2]);
  return 0;
}
