#include <stdio.h>
int main(void) {
  int x = 2 + 3 * 4 - 10 / 2 % 3;
  int y = (2 + 3) * (4 - 1) << 1 | 1;
  int z = 1 < 2 == 1 && 3 > 2 || 0;
  printf("%d %d %d\n", x, y, z);
  printf("%d\n", 5 & 3 ^ 6 | 8);
  printf("%d\n", -3 * -3 - -2);
  return x + y + z;
}
