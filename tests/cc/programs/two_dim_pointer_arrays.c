#include <stdio.h>
#include <stdlib.h>
/* Jagged arrays with malloc'd rows (int **), a triangular table, and the
   same data reached through an array of row pointers. */
int main(void) {
  int rows = 6;
  int **tri = malloc(rows * sizeof *tri);
  for (int r = 0; r < rows; r++) {
    tri[r] = malloc((r + 1) * sizeof **tri);
    tri[r][0] = tri[r][r] = 1;
    for (int c = 1; c < r; c++) tri[r][c] = tri[r - 1][c - 1] + tri[r - 1][c];
  }
  for (int r = 0; r < rows; r++) { for (int c = 0; c <= r; c++) printf("%d ", tri[r][c]); printf("\n"); }
  int a[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
  int *rowp[2] = { a[1], a[0] };
  printf("%d %d %d\n", rowp[0][2], *(rowp[1] + 1), (*rowp)[0]);
  int sum = 0;
  for (int **pp = tri; pp < tri + rows; pp++) sum += (*pp)[0] + (*pp)[pp - tri];
  printf("%d\n", sum);
  for (int r = 0; r < rows; r++) free(tri[r]);
  free(tri);
  return 0;
}
