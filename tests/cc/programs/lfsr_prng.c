#include <stdio.h>
/* Pseudo-random generators with bit operations: a 16-bit Galois LFSR
   (period check), xorshift32, and a histogram of their outputs. */
int main(void) {
  unsigned short lfsr = 0xACE1u;
  unsigned period = 0;
  do {
    unsigned lsb = lfsr & 1u;
    lfsr >>= 1;
    if (lsb) lfsr ^= 0xB400u;
    period++;
  } while (lfsr != 0xACE1u);
  printf("%u\n", period);
  unsigned x = 2463534242u;
  int hist[8] = { 0 };
  for (int i = 0; i < 8000; i++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    hist[x >> 29]++;
  }
  for (int i = 0; i < 8; i++) printf("%d ", hist[i]);
  printf("\n%u\n", x);
  return 0;
}
