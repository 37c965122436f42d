#include <stdio.h>
#include <string.h>
unsigned char bits[1250];
int main(void) {
  memset(bits, 0xff, sizeof bits);
  bits[0] &= ~3;
  for (int i = 2; i * i < 10000; i++)
    if (bits[i >> 3] & (1 << (i & 7)))
      for (int j = i * i; j < 10000; j += i) bits[j >> 3] &= ~(1 << (j & 7));
  int n = 0;
  for (int i = 0; i < 10000; i++) n += (bits[i >> 3] >> (i & 7)) & 1;
  printf("%d\n", n);
  return 0;
}
