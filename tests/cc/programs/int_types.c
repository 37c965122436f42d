#include <stdio.h>
int main(void) {
  printf("%d %d %d %d %d %d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long), (int)sizeof(long long), (int)sizeof(void *));
  short s = 40000;
  unsigned short us = 70000;
  printf("%d %u\n", s, us);
  long l = 2147483647L;
  l++;
  printf("%ld\n", l);
  unsigned int ui = 3000000000u;
  printf("%u %d\n", ui, (int)ui);
  printf("%d\n", -1 < 0u);
  printf("%d\n", (unsigned char)300);
  return 0;
}
