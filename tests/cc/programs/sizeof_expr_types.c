#include <stdio.h>
int main(void) {
  char c = 1; short s = 2;
  printf("%d %d %d %d\n", (int)sizeof(c + c), (int)sizeof(s * 2), (int)sizeof(c ? 1LL : 0), (int)sizeof 1.0f);
  printf("%d %d\n", (int)sizeof(-c), (int)sizeof(!s));
  unsigned short us = 65535;
  printf("%d\n", us + 1);
  unsigned char uc = 255;
  printf("%d %d\n", uc + 1, (unsigned char)(uc + 1));
  return 0;
}
