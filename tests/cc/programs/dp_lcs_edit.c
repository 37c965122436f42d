#include <stdio.h>
#include <string.h>
/* Dynamic programming: longest common subsequence (with reconstruction),
   edit distance, 0/1 knapsack. */
static int lcs(const char *a, const char *b, char *out) {
  int n = strlen(a), m = strlen(b);
  static int t[32][32];
  for (int i = 0; i <= n; i++)
    for (int j = 0; j <= m; j++)
      t[i][j] = i == 0 || j == 0 ? 0 : a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
              : t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1];
  int k = t[n][m];
  out[k] = 0;
  for (int i = n, j = m; i > 0 && j > 0;) {
    if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
    else if (t[i - 1][j] >= t[i][j - 1]) i--;
    else j--;
  }
  return t[n][m];
}
static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
static int edit(const char *a, const char *b) {
  int n = strlen(a), m = strlen(b);
  int prev[32], cur[32];
  for (int j = 0; j <= m; j++) prev[j] = j;
  for (int i = 1; i <= n; i++) {
    cur[0] = i;
    for (int j = 1; j <= m; j++) cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
    memcpy(prev, cur, sizeof cur);
  }
  return prev[m];
}
static int knapsack(const int *w, const int *v, int n, int cap) {
  int best[64] = { 0 };
  for (int i = 0; i < n; i++)
    for (int c = cap; c >= w[i]; c--)
      if (best[c - w[i]] + v[i] > best[c]) best[c] = best[c - w[i]] + v[i];
  return best[cap];
}
int main(void) {
  char out[32];
  int n = lcs("AGGTABQXY", "GXTXAYBQ", out);
  printf("%d %s\n", n, out);
  printf("%d %d %d\n", edit("kitten", "sitting"), edit("flaw", "lawn"), edit("", "abc"));
  int w[] = { 1, 3, 4, 5, 9 }, v[] = { 1, 4, 5, 7, 11 };
  printf("%d %d\n", knapsack(w, v, 5, 7), knapsack(w, v, 5, 20));
  return 0;
}
