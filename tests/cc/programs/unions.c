#include <stdio.h>
union word { unsigned int u; unsigned char b[4]; unsigned short h[2]; };
int main(void) {
  union word w;
  w.u = 0x11223344;
  printf("%x %x %x %x\n", w.b[0], w.b[1], w.b[2], w.b[3]);
  printf("%x %x\n", w.h[0], w.h[1]);
  w.b[0] = 0xff;
  printf("%x\n", w.u);
  return 0;
}
