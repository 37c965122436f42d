#include <stdio.h>
/* A backtracking sudoku solver with bitmasks for rows, columns and boxes. */
static int g[9][9];
static unsigned rowm[9], colm[9], boxm[9];
static long nodes;
static int solve(int pos) {
  if (pos == 81) return 1;
  int r = pos / 9, c = pos % 9, b = r / 3 * 3 + c / 3;
  if (g[r][c]) return solve(pos + 1);
  for (int d = 1; d <= 9; d++) {
    unsigned bit = 1u << d;
    if ((rowm[r] | colm[c] | boxm[b]) & bit) continue;
    nodes++;
    g[r][c] = d; rowm[r] |= bit; colm[c] |= bit; boxm[b] |= bit;
    if (solve(pos + 1)) return 1;
    g[r][c] = 0; rowm[r] &= ~bit; colm[c] &= ~bit; boxm[b] &= ~bit;
  }
  return 0;
}
int main(void) {
  const char *puzzle =
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
  for (int i = 0; i < 81; i++) {
    int r = i / 9, c = i % 9, d = puzzle[i] - '0';
    g[r][c] = d;
    if (d) { rowm[r] |= 1u << d; colm[c] |= 1u << d; boxm[r / 3 * 3 + c / 3] |= 1u << d; }
  }
  printf("%d\n", solve(0));
  for (int r = 0; r < 9; r++) {
    for (int c = 0; c < 9; c++) printf("%d%s", g[r][c], c % 3 == 2 && c < 8 ? "|" : "");
    printf("\n");
  }
  printf("nodes %ld\n", nodes);
  return 0;
}
