#include <stdio.h>
/* getbits/setbits/invert/rightrot and bitcount in the style of the
   chapter 2 exercises. */
static unsigned getbits(unsigned x, int p, int n) { return (x >> (p + 1 - n)) & ~(~0u << n); }
static unsigned setbits(unsigned x, int p, int n, unsigned y) {
  unsigned mask = ~(~0u << n) << (p + 1 - n);
  return (x & ~mask) | ((y << (p + 1 - n)) & mask);
}
static unsigned invert(unsigned x, int p, int n) { return x ^ (~(~0u << n) << (p + 1 - n)); }
static unsigned rightrot(unsigned x, int n) {
  while (n-- > 0) x = (x >> 1) | ((x & 1u) << 31);
  return x;
}
static int bitcount(unsigned x) { int b; for (b = 0; x != 0; x &= x - 1) b++; return b; }
int main(void) {
  unsigned x = 0xF0F0A5A5u;
  printf("%x %x %x\n", getbits(x, 7, 4), getbits(x, 31, 8), getbits(x, 15, 16));
  printf("%x %x\n", setbits(x, 7, 4, 0x3), setbits(0, 31, 1, 1));
  printf("%x %x\n", invert(x, 3, 4), invert(0, 31, 32));
  printf("%x %x %x\n", rightrot(x, 4), rightrot(1, 1), rightrot(x, 32));
  printf("%d %d %d\n", bitcount(x), bitcount(0), bitcount(~0u));
  return 0;
}
