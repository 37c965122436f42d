#include <stdio.h>
#include <string.h>
/* Number formatting and parsing by hand in any base, checked against printf. */
static char *utoa_base(unsigned v, char *buf, int base) {
  char tmp[33];
  int n = 0;
  do { tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % base]; v /= base; } while (v);
  for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
  buf[n] = 0;
  return buf;
}
static char *itoa10(int v, char *buf) {
  if (v < 0) { buf[0] = '-'; utoa_base(-(unsigned)v, buf + 1, 10); }
  else utoa_base(v, buf, 10);
  return buf;
}
static int parse(const char *s, int base, int *out) {
  int neg = 0;
  long long v = 0;
  if (*s == '-') { neg = 1; s++; }
  if (!*s) return 0;
  for (; *s; s++) {
    int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'z' ? *s - 'a' + 10 : 99;
    if (d >= base) return 0;
    v = v * base + d;
    if (v > 2147483648LL) return 0;
  }
  if (!neg && v > 2147483647) return 0;
  *out = neg ? (int)-v : (int)v;
  return 1;
}
int main(void) {
  char buf[40], ref[40];
  int vals[] = { 0, 7, -1, 255, -2147483647 - 1, 2147483647, 123456789 };
  for (int i = 0; i < 7; i++) {
    itoa10(vals[i], buf);
    sprintf(ref, "%d", vals[i]);
    printf("%s %d\n", buf, strcmp(buf, ref) == 0);
  }
  printf("%s %s %s\n", utoa_base(255, buf, 2), utoa_base(0xdeadbeef, ref, 16), utoa_base(35, buf + 20, 36));
  const char *inputs[] = { "42", "-17", "zz", "2147483648", "-2147483648", "", "1010" };
  for (int i = 0; i < 7; i++) {
    int v = 0;
    int ok = parse(inputs[i], i == 6 ? 2 : i == 2 ? 36 : 10, &v);
    printf("%s -> %d %d\n", inputs[i], ok, v);
  }
  return 0;
}
