#include <stdio.h>
#include <string.h>
/* Merge sort (top-down, with a scratch buffer) and insertion sort on
   the same pseudo-random data; results must agree. */
static unsigned seed = 12345;
static unsigned rnd(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }
static void merge_sort(int *a, int *tmp, int lo, int hi) {
  if (hi - lo < 2) return;
  int mid = lo + (hi - lo) / 2;
  merge_sort(a, tmp, lo, mid);
  merge_sort(a, tmp, mid, hi);
  int i = lo, j = mid, k = lo;
  while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  memcpy(a + lo, tmp + lo, (hi - lo) * sizeof *a);
}
static void insertion_sort(int *a, int n) {
  for (int i = 1; i < n; i++) {
    int v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}
#define N 300
int main(void) {
  static int a[N], b[N], tmp[N];
  for (int i = 0; i < N; i++) a[i] = b[i] = (int)(rnd() % 1000) - 500;
  merge_sort(a, tmp, 0, N);
  insertion_sort(b, N);
  printf("%d\n", memcmp(a, b, sizeof a) == 0);
  for (int i = 0; i < N; i += 30) printf("%d ", a[i]);
  printf("\n%d %d\n", a[0], a[N - 1]);
  return 0;
}
