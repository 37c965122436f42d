#include <stdio.h>
/* Complex declarators: pointer to array, array of pointers to functions,
   function returning pointer to array, typedefs that untangle them. */
static int grid[3][4] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
static int (*row(int i))[4] { return &grid[i]; }
static int inc(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int (*const fns[2])(int) = { inc, dbl };
typedef int row_t[4];
typedef int (*unary)(int);
static int apply_all(unary const *f, int n, int x) { for (int i = 0; i < n; i++) x = f[i](x); return x; }
int main(void) {
  int (*p)[4] = grid;
  printf("%d %d %d\n", p[1][2], (*(p + 2))[3], **p);
  p++;
  printf("%d %d\n", (*p)[0], (int)sizeof *p);
  int (*r)[4] = row(2);
  printf("%d\n", (*r)[1]);
  row_t *rr = row(0);
  printf("%d\n", rr[0][3]);
  printf("%d %d\n", fns[0](10), fns[1](10));
  printf("%d\n", apply_all(fns, 2, 5));
  int *ptrs[3] = { &grid[0][0], &grid[1][1], &grid[2][2] };
  int **pp = ptrs;
  printf("%d %d\n", *pp[1], **(pp + 2));
  char *(*(*weird)[2])(void) = 0;
  printf("%d\n", weird == 0);
  return 0;
}
