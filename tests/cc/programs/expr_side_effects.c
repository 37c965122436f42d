#include <stdio.h>
/* Sequencing that C defines: && || ?: and comma sequence their operands;
   compound assignment evaluates the lvalue once. */
static int trace[32];
static int nt;
static int t(int v) { trace[nt++] = v; return v; }
static int idx_calls;
static int idx(int i) { idx_calls++; return i; }
int main(void) {
  int r = t(0) && t(1);
  r += t(2) || t(3);
  r += t(0) ? t(4) : t(5);
  r += (t(6), t(7));
  r += t(1) && t(0) && t(8);
  r += t(0) || t(0) || t(9);
  for (int i = 0; i < nt; i++) printf("%d ", trace[i]);
  printf("| %d\n", r);
  int a[5] = { 1, 2, 3, 4, 5 };
  a[idx(2)] += 10;
  a[idx(3)] *= a[idx(0)] + 1;
  a[idx(4)]++;
  printf("%d %d %d %d\n", a[2], a[3], a[4], idx_calls);
  int i = 0;
  int b[4] = { 0 };
  b[i++] = 5;
  b[i++] += 6;
  b[++i] = 7;
  printf("%d %d %d %d %d\n", b[0], b[1], b[2], b[3], i);
  int x = 5;
  int y = (x += 3, x * 2);
  printf("%d %d\n", x, y);
  int *p = a;
  *p++ += 100;
  printf("%d %d\n", a[0], *p);
  return 0;
}
