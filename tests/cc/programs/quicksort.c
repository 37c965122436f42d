#include <stdio.h>
#include <stdlib.h>
static void qs(int *a, int lo, int hi) {
  if (lo >= hi) return;
  int p = a[(lo + hi) / 2], i = lo, j = hi;
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
  }
  qs(a, lo, j);
  qs(a, i, hi);
}
int cmp(const void *x, const void *y) { return *(const int *)x - *(const int *)y; }
int main(void) {
  int a[50], b[50];
  unsigned seed = 12345;
  for (int i = 0; i < 50; i++) { seed = seed * 1103515245 + 12345; a[i] = b[i] = (seed >> 16) % 1000; }
  qs(a, 0, 49);
  qsort(b, 50, sizeof(int), cmp);
  int same = 1;
  for (int i = 0; i < 50; i++) same &= a[i] == b[i];
  printf("%d %d %d %d\n", a[0], a[25], a[49], same);
  return 0;
}
