#include <stdio.h>
int main(void) {
  unsigned char a = 0xf0;
  printf("%d %d\n", a << 4, ~a);
  unsigned short b = 0xffff;
  printf("%d %u\n", b * b > 0, (unsigned)(b * b));
  char c = 'x';
  printf("%d\n", (int)sizeof(c << 1));
  unsigned u = 5;
  int i = -10;
  printf("%u %d\n", u + i, (int)(u + i) < 0);
  return 0;
}
