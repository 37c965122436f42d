#include <stdio.h>
#define N 6
void mul(int a[N][N], int b[N][N], int c[N][N]) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      int s = 0;
      for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
      c[i][j] = s;
    }
}
int main(void) {
  int a[N][N], b[N][N], c[N][N];
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) { a[i][j] = i + j; b[i][j] = i - j; }
  mul(a, b, c);
  int trace = 0;
  for (int i = 0; i < N; i++) trace += c[i][i];
  printf("%d %d %d\n", c[0][5], c[5][0], trace);
  return 0;
}
