#include <stdio.h>
/* Recursion with large per-call frames and many arguments: flood fill on
   a grid, and a recursive sum whose frames hold arrays. */
#define H 12
#define W 20
static char grid[H][W + 1] = {
  "....................", ".######....#####....", ".#....#....#...#....", ".#....#....#...#....",
  ".######....#####....", "....................", "..##########........", "..#........#........",
  "..#..###...#........", "..#..#.#...#........", "..##########........", "....................",
};
static int fill(int y, int x, char from, char to) {
  if (y < 0 || x < 0 || y >= H || x >= W || grid[y][x] != from) return 0;
  grid[y][x] = to;
  return 1 + fill(y + 1, x, from, to) + fill(y - 1, x, from, to) + fill(y, x + 1, from, to) + fill(y, x - 1, from, to);
}
static long heavy(int n, int a, int b, int c, int d, int e, int f, int g, int h, int i) {
  int local[64];
  for (int k = 0; k < 64; k++) local[k] = n + k;
  if (n == 0) return a + b + c + d + e + f + g + h + i;
  return local[63] + heavy(n - 1, b, c, d, e, f, g, h, i, a);
}
int main(void) {
  printf("%d\n", fill(0, 0, '.', ' '));
  printf("%d\n", fill(2, 2, '.', 'o'));
  printf("%d\n", fill(8, 6, '.', 'x'));
  for (int y = 0; y < H; y++) printf("%s\n", grid[y]);
  printf("%ld\n", heavy(500, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  return 0;
}
