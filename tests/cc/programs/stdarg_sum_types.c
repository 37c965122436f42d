#include <stdio.h>
#include <stdarg.h>
/* stdarg with mixed argument types described by a format string:
   int, long long, double, char * and promoted char/short. */
static void show(const char *types, ...) {
  va_list ap;
  va_start(ap, types);
  for (const char *t = types; *t; t++) {
    switch (*t) {
    case 'i': printf("i%d ", va_arg(ap, int)); break;
    case 'L': printf("L%lld ", va_arg(ap, long long)); break;
    case 'd': printf("d%.2f ", va_arg(ap, double)); break;
    case 's': printf("s%s ", va_arg(ap, char *)); break;
    case 'c': printf("c%c ", va_arg(ap, int)); break;
    case 'u': printf("u%u ", va_arg(ap, unsigned)); break;
    }
  }
  va_end(ap);
  printf("\n");
}
static long long total(int n, ...) {
  va_list ap;
  long long t = 0;
  va_start(ap, n);
  while (n--) t += va_arg(ap, long long);
  va_end(ap);
  return t;
}
int main(void) {
  char c = 'q';
  short s = -7;
  show("iLds", 1, 2LL, 3.5, "four");
  show("LiLi", -1LL, 2, 0x100000000LL, 3);
  show("cidu", c, s, 1.25f, 4000000000u);
  show("iiiiiiiLd", 1, 2, 3, 4, 5, 6, 7, 8LL, 9.0);
  printf("%lld\n", total(5, 1LL, 2LL, 3LL, 1LL << 40, -5LL));
  return 0;
}
