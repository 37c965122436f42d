#include <stdio.h>
/* Array algorithms in place: rotation by reversal, removing duplicates
   from a sorted array, and partition around a pivot. */
static void rev(int *a, int i, int j) { while (i < j) { int t = a[i]; a[i++] = a[j]; a[j--] = t; } }
static void rotate(int *a, int n, int k) { k %= n; rev(a, 0, n - 1); rev(a, 0, k - 1); rev(a, k, n - 1); }
static int dedup(int *a, int n) { int w = 0; for (int i = 0; i < n; i++) if (w == 0 || a[w - 1] != a[i]) a[w++] = a[i]; return w; }
static int partition(int *a, int n, int pivot) {
  int i = 0;
  for (int j = 0; j < n; j++) if (a[j] < pivot) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; }
  return i;
}
static void show(const int *a, int n) { for (int i = 0; i < n; i++) printf("%d ", a[i]); printf("\n"); }
int main(void) {
  int a[] = { 1, 2, 3, 4, 5, 6, 7 };
  rotate(a, 7, 3);
  show(a, 7);
  int b[] = { 1, 1, 2, 3, 3, 3, 4, 5, 5 };
  int n = dedup(b, 9);
  show(b, n);
  int c[] = { 9, 2, 7, 4, 5, 1, 8, 3 };
  int k = partition(c, 8, 5);
  printf("%d: ", k);
  show(c, 8);
  return 0;
}
