#include <stdio.h>
int main(void) {
  int i = -1;
  printf("%u %d %d\n", (unsigned)i, (short)65535, (unsigned char)i);
  long long big = 0x123456789LL;
  printf("%d %x\n", (int)big, (unsigned)big);
  char *p = (char *)0x1000;
  printf("%x\n", (unsigned)(p + 5));
  _Bool b = 42;
  printf("%d %d\n", b, (_Bool)0);
  int z = (int)3000000000u;
  printf("%d\n", z);
  return 0;
}
