#include <stdio.h>
#include <stdarg.h>
/* Structs and pointers through variadic arguments, and a variadic
   function that builds a string (a minimal formatter of our own). */
struct pt { int x, y; };
struct big { int v[5]; };
static int sum_pts(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) {
    struct pt p = va_arg(ap, struct pt);
    s += p.x * 10 + p.y;
  }
  va_end(ap);
  return s;
}
static int sum_big(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) {
    struct big b = va_arg(ap, struct big);
    for (int k = 0; k < 5; k++) s += b.v[k];
  }
  va_end(ap);
  return s;
}
static void fmt(char *out, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  for (; *f; f++) {
    if (*f != '%') { *out++ = *f; continue; }
    f++;
    if (*f == 'd') {
      int v = va_arg(ap, int);
      char tmp[12];
      int n = 0;
      unsigned u = v < 0 ? -(unsigned)v : (unsigned)v;
      do tmp[n++] = '0' + u % 10; while (u /= 10);
      if (v < 0) *out++ = '-';
      while (n) *out++ = tmp[--n];
    } else if (*f == 's') {
      for (const char *s = va_arg(ap, const char *); *s; s++) *out++ = *s;
    } else if (*f == 'p') {
      struct pt *p = va_arg(ap, struct pt *);
      *out++ = '(';
      *out++ = '0' + p->x;
      *out++ = ',';
      *out++ = '0' + p->y;
      *out++ = ')';
    }
  }
  *out = 0;
  va_end(ap);
}
int main(void) {
  struct pt a = { 1, 2 }, b = { 3, 4 }, c = { 5, 6 };
  printf("%d\n", sum_pts(3, a, b, c));
  struct big x = { { 1, 2, 3, 4, 5 } }, y = { { 10, 20, 30, 40, 50 } };
  printf("%d\n", sum_big(2, x, y));
  char buf[64];
  fmt(buf, "n=%d s=%s p=%p m=%d", 42, "str", &b, -2147483647 - 1);
  printf("%s\n", buf);
  return 0;
}
