#include <stdio.h>
#include <stdarg.h>
int vsum(int n, va_list ap) { int s = 0; while (n--) s += va_arg(ap, int); return s; }
int sum(int n, ...) { va_list ap; va_start(ap, n); int s = vsum(n, ap); va_end(ap); return s; }
void fmt(char *out, const char *f, ...) { va_list ap; va_start(ap, f); vsprintf(out, f, ap); va_end(ap); }
int count_strs(const char *first, ...) {
  va_list ap; va_start(ap, first);
  int n = 0;
  for (const char *s = first; s; s = va_arg(ap, const char *)) n++;
  va_end(ap);
  return n;
}
int main(void) {
  char buf[64];
  fmt(buf, "%d|%s|%c", 12, "mid", 'z');
  printf("%d %s %d\n", sum(4, 10, 20, 30, 40), buf, count_strs("a", "b", "c", (char *)0));
  return 0;
}
