#include <stdio.h>
int main(void) {
  char s[] = "Hello";
  for (int i = 0; s[i]; i++) s[i] ^= 0x20;
  printf("%s\n", s);
  unsigned char c = 0;
  c -= 1;
  printf("%d\n", c);
  signed char sc = 127;
  sc++;
  printf("%d\n", sc);
  char digits[11];
  for (int i = 0; i < 10; i++) digits[i] = '0' + (9 - i);
  digits[10] = 0;
  printf("%s\n", digits);
  return 0;
}
