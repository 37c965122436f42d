#include <stdio.h>
int main(void) {
  char c = 200;
  signed char s = 200;
  unsigned char u = 200;
  printf("%d %d %d\n", c, s, u);
  char d = -1;
  printf("%d %d\n", d, d == 255);
  printf("%d\n", (char)'\xff' > 0);
  return 0;
}
