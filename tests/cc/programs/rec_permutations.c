#include <stdio.h>
/* Recursion: permutations by swapping, subsets by bitmask recursion,
   and the n-queens count. */
static int perm_count;
static void permute(char *s, int k, int n) {
  if (k == n) { if (perm_count++ < 8) printf("%s ", s); return; }
  for (int i = k; i < n; i++) {
    char t = s[k]; s[k] = s[i]; s[i] = t;
    permute(s, k + 1, n);
    t = s[k]; s[k] = s[i]; s[i] = t;
  }
}
static int subset_sums(const int *a, int n, int target) {
  if (n == 0) return target == 0;
  return subset_sums(a + 1, n - 1, target - a[0]) + subset_sums(a + 1, n - 1, target);
}
static int queens(int row, int n, unsigned cols, unsigned d1, unsigned d2) {
  if (row == n) return 1;
  int c = 0;
  for (int col = 0; col < n; col++) {
    if (cols >> col & 1 || d1 >> (row + col) & 1 || d2 >> (row - col + n) & 1) continue;
    c += queens(row + 1, n, cols | 1u << col, d1 | 1u << (row + col), d2 | 1u << (row - col + n));
  }
  return c;
}
int main(void) {
  char s[] = "abcd";
  permute(s, 0, 4);
  printf("\n%d\n", perm_count);
  int a[] = { 3, 34, 4, 12, 5, 2 };
  printf("%d\n", subset_sums(a, 6, 9));
  for (int n = 1; n <= 8; n++) printf("%d ", queens(0, n, 0, 0, 0));
  printf("\n");
  return 0;
}
