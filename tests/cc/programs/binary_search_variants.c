#include <stdio.h>
/* Binary search: exact match, lower bound, upper bound, on a sorted array
   with duplicates; integer square root by bisection. */
static int lower_bound(const int *a, int n, int x) {
  int lo = 0, hi = n;
  while (lo < hi) { int mid = lo + (hi - lo) / 2; if (a[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}
static int upper_bound(const int *a, int n, int x) {
  int lo = 0, hi = n;
  while (lo < hi) { int mid = (unsigned)(lo + hi) >> 1; if (a[mid] <= x) lo = mid + 1; else hi = mid; }
  return lo;
}
static int find(const int *a, int n, int x) { int i = lower_bound(a, n, x); return i < n && a[i] == x ? i : -1; }
static unsigned isqrt(unsigned n) {
  unsigned lo = 0, hi = 65536;
  while (hi - lo > 1) { unsigned mid = (lo + hi) / 2; if (mid * mid <= n) lo = mid; else hi = mid; }
  return lo;
}
int main(void) {
  int a[] = { 1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34 };
  int n = sizeof a / sizeof a[0];
  int qs[] = { 0, 1, 3, 4, 8, 21, 34, 35 };
  for (int i = 0; i < 8; i++)
    printf("%d: find %d lb %d ub %d count %d\n", qs[i], find(a, n, qs[i]), lower_bound(a, n, qs[i]), upper_bound(a, n, qs[i]),
           upper_bound(a, n, qs[i]) - lower_bound(a, n, qs[i]));
  unsigned sq[] = { 0, 1, 15, 16, 17, 1000000, 4294967295u };
  for (int i = 0; i < 7; i++) printf("%u ", isqrt(sq[i]));
  printf("\n");
  return 0;
}
