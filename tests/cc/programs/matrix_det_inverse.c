#include <stdio.h>
/* Gaussian elimination with partial pivoting: determinant, solving Ax=b,
   and an integer matrix power by repeated squaring (Fibonacci). */
#define N 3
static double det(double a[N][N]) {
  double m[N][N], d = 1;
  for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) m[i][j] = a[i][j];
  for (int c = 0; c < N; c++) {
    int p = c;
    for (int r = c + 1; r < N; r++) if ((m[r][c] < 0 ? -m[r][c] : m[r][c]) > (m[p][c] < 0 ? -m[p][c] : m[p][c])) p = r;
    if (m[p][c] == 0) return 0;
    if (p != c) { for (int j = 0; j < N; j++) { double t = m[p][j]; m[p][j] = m[c][j]; m[c][j] = t; } d = -d; }
    d *= m[c][c];
    for (int r = c + 1; r < N; r++) {
      double f = m[r][c] / m[c][c];
      for (int j = c; j < N; j++) m[r][j] -= f * m[c][j];
    }
  }
  return d;
}
static void solve(double a[N][N], double b[N], double x[N]) {
  for (int c = 0; c < N; c++)
    for (int r = c + 1; r < N; r++) {
      double f = a[r][c] / a[c][c];
      for (int j = c; j < N; j++) a[r][j] -= f * a[c][j];
      b[r] -= f * b[c];
    }
  for (int i = N - 1; i >= 0; i--) {
    double s = b[i];
    for (int j = i + 1; j < N; j++) s -= a[i][j] * x[j];
    x[i] = s / a[i][i];
  }
}
typedef struct { unsigned long long m[2][2]; } m2;
static m2 mul(m2 a, m2 b) {
  m2 r;
  for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r.m[i][j] = a.m[i][0] * b.m[0][j] + a.m[i][1] * b.m[1][j];
  return r;
}
int main(void) {
  double a[N][N] = { { 2, -1, 0 }, { -1, 2, -1 }, { 0, -1, 2 } };
  printf("%.3f\n", det(a));
  double s[N][N] = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 10 } };
  printf("%.3f\n", det(s));
  double b[N] = { 1, 0, 1 }, x[N];
  solve(a, b, x);
  printf("%.4f %.4f %.4f\n", x[0], x[1], x[2]);
  m2 r = { { { 1, 0 }, { 0, 1 } } }, f = { { { 1, 1 }, { 1, 0 } } };
  for (int e = 90; e; e >>= 1) { if (e & 1) r = mul(r, f); f = mul(f, f); }
  printf("%llu\n", r.m[0][1]);
  return 0;
}
