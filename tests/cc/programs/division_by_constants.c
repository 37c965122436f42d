#include <stdio.h>
/* Division and remainder by constants and variables for signed and
   unsigned operands of both signs. */
int main(void) {
  int vals[] = { 0, 1, -1, 7, -7, 100, -100, 2147483647, -2147483647 - 1 };
  int divs[] = { 1, -1, 2, -2, 3, 7, -7, 10, 16 };
  for (int i = 0; i < 9; i++) {
    for (int j = 0; j < 9; j++) {
      int a = vals[i], b = divs[j];
      if (a == -2147483647 - 1 && b == -1) continue;
      printf("%d,%d ", a / b, a % b);
    }
    printf("| %d %d %d %d\n", vals[i] / 4, vals[i] % 4, vals[i] / 10, vals[i] % 10);
  }
  unsigned uv[] = { 0, 1, 7, 100, 4294967295u, 2147483648u };
  for (int i = 0; i < 6; i++) printf("%u %u %u %u\n", uv[i] / 3, uv[i] % 3, uv[i] / 16, uv[i] % 1000);
  return 0;
}
