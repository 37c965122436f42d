#include <stdio.h>
/* Plain char is unsigned: bytes >= 0x80 compare greater than ASCII. */
static int count_high(const char *s) {
  int n = 0;
  for (; *s; s++) if (*s > 127) n++;
  return n;
}
int main(void) {
  char c = 0xe9;
  printf("%d %d\n", c, c > 0);
  char s[] = { 'a', (char)0xc3, (char)0xa9, 'z', 0 };
  printf("%d\n", count_high(s));
  char m = -1;
  printf("%d %d\n", m, m == 255);
  int promoted = (char)300;
  printf("%d\n", promoted);
  signed char sc = 0xe9;
  printf("%d\n", sc);
  char table[256];
  for (int i = 0; i < 256; i++) table[i] = (char)i;
  int sum = 0;
  for (int i = 0; i < 256; i++) sum += table[i];
  printf("%d\n", sum);
  char x = 200, y = 100;
  printf("%d %d\n", x > y, (char)(x + y));
  return 0;
}
