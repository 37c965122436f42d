#include <stdio.h>
/* short and unsigned short: storage truncation, sign extension, promotions. */
short tbl[4] = { -1, 32767, -32768, 12345 };
unsigned short utbl[4] = { 65535, 0, 32768, 1 };
static short neg(short x) { return -x; }
static unsigned short twice(unsigned short x) { return x * 2; }
int main(void) {
  for (int i = 0; i < 4; i++) printf("%d %u\n", tbl[i], utbl[i]);
  printf("%d %d\n", neg(-32768), neg(100));
  printf("%u %u\n", twice(40000), twice(100));
  short s = 32767;
  s++;
  printf("%d\n", s);
  unsigned short u = 0;
  u--;
  printf("%u\n", u);
  short arr[3] = { 1000, 2000, 3000 };
  int sum = 0;
  for (short *p = arr; p < arr + 3; p++) sum += *p * *p;
  printf("%d\n", sum);
  printf("%d\n", (short)0x12345678);
  printf("%d\n", (unsigned short)-2);
  short a = -5;
  printf("%d %d\n", a >> 1, a << 2);
  printf("%d\n", (int)sizeof(a << 2));
  return 0;
}
