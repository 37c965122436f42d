#include <stdio.h>
/* Multi-dimensional arrays as parameters: fixed inner size, pointer to
   array, flattened access, transposes. */
#define R 3
#define C 4
static int sum_rows(int m[][C], int rows) {
  int s = 0;
  for (int i = 0; i < rows; i++) for (int j = 0; j < C; j++) s += m[i][j] * (i + 1);
  return s;
}
static void transpose(int n, int m, int a[][C], int t[][R]) {
  for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) t[j][i] = a[i][j];
}
static int trace3(int (*m)[3]) { return m[0][0] + m[1][1] + m[2][2]; }
int main(void) {
  int a[R][C];
  for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) a[i][j] = i * 10 + j;
  printf("%d\n", sum_rows(a, R));
  int t[C][R];
  transpose(R, C, a, t);
  for (int i = 0; i < C; i++) { for (int j = 0; j < R; j++) printf("%3d", t[i][j]); printf("\n"); }
  int *flat = &a[0][0];
  printf("%d %d\n", flat[7], flat[R * C - 1]);
  int sq[3][3] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
  printf("%d\n", trace3(sq));
  char names[3][8] = { "one", "two", "three" };
  for (int i = 0; i < 3; i++) printf("%s:%d ", names[i], (int)sizeof names[i]);
  printf("\n%d\n", (int)sizeof names);
  int cube[2][3][4];
  int n = 0;
  for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i][j][k] = n++;
  printf("%d %d %d\n", cube[1][2][3], cube[1][0][2], (int)(sizeof cube[1] / sizeof(int)));
  return 0;
}
