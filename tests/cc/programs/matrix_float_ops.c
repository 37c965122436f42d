#include <stdio.h>
/* float matrices: 2D rotation applied repeatedly, matrix-vector products
   and a power iteration for the dominant eigenvalue. */
int main(void) {
  float c = 0.8f, s = 0.6f;
  float x = 1.0f, y = 0.0f;
  for (int i = 0; i < 4; i++) {
    float nx = c * x - s * y, ny = s * x + c * y;
    x = nx; y = ny;
    printf("%.4f %.4f\n", x, y);
  }
  double a[3][3] = { { 2, 1, 0 }, { 1, 3, 1 }, { 0, 1, 4 } };
  double v[3] = { 1, 1, 1 }, lambda = 0;
  for (int it = 0; it < 50; it++) {
    double w[3] = { 0, 0, 0 };
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) w[i] += a[i][j] * v[j];
    double norm = w[0] > w[1] ? (w[0] > w[2] ? w[0] : w[2]) : (w[1] > w[2] ? w[1] : w[2]);
    for (int i = 0; i < 3; i++) v[i] = w[i] / norm;
    lambda = norm;
  }
  printf("%.4f %.4f %.4f %.4f\n", lambda, v[0], v[1], v[2]);
  return 0;
}
