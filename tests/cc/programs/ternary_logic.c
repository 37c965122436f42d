#include <stdio.h>
int calls;
int t(int v) { calls++; return v; }
int main(void) {
  int r = t(0) && t(1);
  r += t(1) || t(0);
  r += t(0) || t(0);
  r += t(1) && t(2);
  printf("%d %d\n", r, calls);
  int x = 5;
  printf("%d %d\n", x > 3 ? 1 : 2, x < 3 ? 10 : x > 4 ? 20 : 30);
  const char *s = x ? "yes" : "no";
  printf("%s\n", s);
  return 0;
}
