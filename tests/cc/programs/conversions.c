#include <stdio.h>
int main(void) {
  int i = -1;
  unsigned u = 1;
  printf("%d\n", i < u);
  long l = -1;
  printf("%d\n", l < u);
  long long ll = -1;
  printf("%d\n", ll < u);
  unsigned char a = 200, b = 100;
  printf("%d\n", a + b);
  short s = -1;
  unsigned short us = s;
  printf("%d %d\n", us, (int)(short)us);
  printf("%d\n", (int)(unsigned char)-1 + (signed char)-1);
  return 0;
}
