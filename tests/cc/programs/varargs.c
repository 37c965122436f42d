#include <stdio.h>
#include <stdarg.h>
int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int t = 0;
  for (int i = 0; i < n; i++) t += va_arg(ap, int);
  va_end(ap);
  return t;
}
long long mixed(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long long t = 0;
  for (int i = 0; i < n; i++) {
    if (i % 2) t += va_arg(ap, long long);
    else t += va_arg(ap, int);
  }
  va_end(ap);
  return t;
}
void logf2(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}
int main(void) {
  printf("%d %d\n", sum(3, 1, 2, 3), sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  printf("%lld\n", mixed(5, 1, 10000000000LL, 2, 20000000000LL, 3));
  logf2("%s-%d-%lld\n", "x", 7, 1LL << 40);
  return 0;
}
