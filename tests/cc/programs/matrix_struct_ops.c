#include <stdio.h>
/* A fixed-size matrix type as a struct (so it can be returned): multiply,
   transpose, identity, power, and integer determinant by cofactors. */
#define N 3
typedef struct { long m[N][N]; } mat;
static mat identity(void) { mat r = { { { 0 } } }; for (int i = 0; i < N; i++) r.m[i][i] = 1; return r; }
static mat mul(mat a, mat b) {
  mat r;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) { r.m[i][j] = 0; for (int k = 0; k < N; k++) r.m[i][j] += a.m[i][k] * b.m[k][j]; }
  return r;
}
static mat transpose(mat a) { mat r; for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) r.m[j][i] = a.m[i][j]; return r; }
static mat power(mat a, int e) { mat r = identity(); while (e) { if (e & 1) r = mul(r, a); a = mul(a, a); e >>= 1; } return r; }
static long det(mat a) {
  return a.m[0][0] * (a.m[1][1] * a.m[2][2] - a.m[1][2] * a.m[2][1]) - a.m[0][1] * (a.m[1][0] * a.m[2][2] - a.m[1][2] * a.m[2][0]) +
         a.m[0][2] * (a.m[1][0] * a.m[2][1] - a.m[1][1] * a.m[2][0]);
}
static void print(mat a) { for (int i = 0; i < N; i++) printf("%6ld %6ld %6ld\n", a.m[i][0], a.m[i][1], a.m[i][2]); }
int main(void) {
  mat a = { { { 1, 2, 0 }, { 0, 1, 3 }, { 4, 0, 1 } } };
  print(mul(a, transpose(a)));
  print(power(a, 5));
  printf("%ld %ld %ld\n", det(a), det(power(a, 3)), det(identity()));
  return 0;
}
