#include <stdio.h>
/* Breadth-first search on a character maze with a ring-buffer queue,
   printing the shortest path length and the path drawn back into the maze. */
#define H 7
#define W 12
static char maze[H][W + 1] = {
  "S..#........",
  ".#.#.#####..",
  ".#...#...#..",
  ".####.#.##.#",
  "......#.....",
  "#.###.####.#",
  "...#......E.",
};
static int dist[H][W], from[H][W];
int main(void) {
  int q[H * W], head = 0, tail = 0;
  for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) dist[y][x] = -1;
  dist[0][0] = 0;
  q[tail++] = 0;
  static const int dx[] = { 1, -1, 0, 0 }, dy[] = { 0, 0, 1, -1 };
  int end = -1;
  while (head < tail) {
    int cur = q[head++], cy = cur / W, cx = cur % W;
    if (maze[cy][cx] == 'E') { end = cur; break; }
    for (int k = 0; k < 4; k++) {
      int nx = cx + dx[k], ny = cy + dy[k];
      if (nx < 0 || ny < 0 || nx >= W || ny >= H || maze[ny][nx] == '#' || dist[ny][nx] >= 0) continue;
      dist[ny][nx] = dist[cy][cx] + 1;
      from[ny][nx] = cur;
      q[tail++] = ny * W + nx;
    }
  }
  printf("%d\n", end < 0 ? -1 : dist[end / W][end % W]);
  for (int c = from[end / W][end % W]; c != 0; c = from[c / W][c % W]) maze[c / W][c % W] = '*';
  for (int y = 0; y < H; y++) printf("%s\n", maze[y]);
  return 0;
}
