#include <stdio.h>
/* Pascal's triangle (centered), and a spiral matrix walk. */
int main(void) {
  int row[16] = { 1 };
  for (int n = 0; n < 10; n++) {
    printf("%*s", (9 - n) * 2, "");
    for (int k = 0; k <= n; k++) printf("%4d", row[k]);
    printf("\n");
    for (int k = n + 1; k > 0; k--) row[k] += row[k - 1];
  }
  int m[5][6], v = 1;
  int top = 0, bottom = 4, left = 0, right = 5;
  while (top <= bottom && left <= right) {
    for (int j = left; j <= right; j++) m[top][j] = v++;
    top++;
    for (int i = top; i <= bottom; i++) m[i][right] = v++;
    right--;
    if (top <= bottom) { for (int j = right; j >= left; j--) m[bottom][j] = v++; bottom--; }
    if (left <= right) { for (int i = bottom; i >= top; i--) m[i][left] = v++; left++; }
  }
  for (int i = 0; i < 5; i++) { for (int j = 0; j < 6; j++) printf("%3d", m[i][j]); printf("\n"); }
  return 0;
}
