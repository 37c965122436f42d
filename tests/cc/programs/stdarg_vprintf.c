#include <stdio.h>
#include <stdarg.h>
/* Forwarding va_list to vsnprintf/vprintf, va_copy for two passes. */
static char logbuf[256];
static int logpos;
static void logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  logpos += vsnprintf(logbuf + logpos, sizeof logbuf - logpos, fmt, ap);
  va_end(ap);
}
static int twice(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vprintf(fmt, ap);
  n += vprintf(fmt, ap2);
  va_end(ap2);
  va_end(ap);
  return n;
}
static int max_of(int count, ...) {
  va_list ap;
  va_start(ap, count);
  int m = va_arg(ap, int);
  for (int i = 1; i < count; i++) {
    int v = va_arg(ap, int);
    if (v > m) m = v;
  }
  va_end(ap);
  return m;
}
int main(void) {
  logf_("[%d]", 1);
  logf_("[%s:%x]", "two", 0x22);
  logf_("[%c%c]", 'o', 'k');
  printf("%s %d\n", logbuf, logpos);
  int n = twice("<%d %s>", 5, "five");
  printf("\n%d\n", n);
  printf("%d\n", max_of(6, 3, 99, -4, 100, 7, 12));
  printf("%d\n", max_of(1, -50));
  return 0;
}
