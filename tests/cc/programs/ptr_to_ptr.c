#include <stdio.h>
#include <stdlib.h>
void alloc_grid(int ***g, int r, int c) {
  *g = malloc(r * sizeof **g);
  for (int i = 0; i < r; i++) { (*g)[i] = malloc(c * sizeof ***g); for (int j = 0; j < c; j++) (*g)[i][j] = i * c + j; }
}
int main(void) {
  int **g;
  alloc_grid(&g, 3, 4);
  printf("%d %d %d\n", g[0][0], g[1][2], g[2][3]);
  char *names[] = {"a", "b"};
  char **np = names;
  printf("%s%s\n", *np, *(np + 1));
  return 0;
}
