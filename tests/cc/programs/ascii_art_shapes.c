#include <stdio.h>
/* Nested loops drawing: a diamond, a hollow box, a multiplication
   triangle and a checkerboard with putchar. */
int main(void) {
  int n = 4;
  for (int i = -n; i <= n; i++) {
    int w = n - (i < 0 ? -i : i);
    for (int s = 0; s < n - w; s++) putchar(' ');
    for (int s = 0; s < 2 * w + 1; s++) putchar('*');
    putchar('\n');
  }
  for (int y = 0; y < 4; y++) {
    for (int x = 0; x < 8; x++) putchar(y == 0 || y == 3 || x == 0 || x == 7 ? '#' : ' ');
    putchar('\n');
  }
  for (int i = 1; i <= 5; i++) { for (int j = 1; j <= i; j++) printf("%3d", i * j); printf("\n"); }
  for (int y = 0; y < 4; y++) { for (int x = 0; x < 8; x++) putchar((x + y) % 2 ? '.' : '@'); putchar('\n'); }
  return 0;
}
