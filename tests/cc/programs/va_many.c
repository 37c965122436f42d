#include <stdio.h>
#include <stdarg.h>
long long total(int n, ...) {
  va_list ap; va_start(ap, n);
  long long t = 0;
  for (int i = 0; i < n; i++) t += va_arg(ap, long long) * (i + 1);
  va_end(ap);
  return t;
}
int main(void) {
  printf("%lld\n", total(9, 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 8LL, 9LL));
  printf("%d %lld %d %lld %d\n", 1, 2LL, 3, 4LL, 5);
  return 0;
}
