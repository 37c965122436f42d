#include <stdio.h>
#include <string.h>
/* Conway's game of life on a torus: a glider and a blinker for 8 generations. */
#define H 10
#define W 16
static unsigned char g[H][W], n[H][W];
static void step(void) {
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) {
      int c = 0;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          if (dy || dx) c += g[(y + dy + H) % H][(x + dx + W) % W];
      n[y][x] = c == 3 || (c == 2 && g[y][x]);
    }
  memcpy(g, n, sizeof g);
}
static void show(int gen) {
  int alive = 0;
  printf("gen %d\n", gen);
  for (int y = 0; y < H; y++) {
    for (int x = 0; x < W; x++) { putchar(g[y][x] ? '#' : '.'); alive += g[y][x]; }
    putchar('\n');
  }
  printf("alive %d\n", alive);
}
int main(void) {
  g[0][1] = g[1][2] = g[2][0] = g[2][1] = g[2][2] = 1;
  g[5][10] = g[5][11] = g[5][12] = 1;
  show(0);
  for (int i = 1; i <= 8; i++) { step(); if (i % 4 == 0) show(i); }
  return 0;
}
