#include <stdio.h>
/* Shifts by variable amounts for every width; signed right shift is
   arithmetic; 64-bit shifts across the word boundary. */
int main(void) {
  unsigned u = 0x80000001u;
  int s = -0x40000000;
  for (int k = 0; k < 32; k += 5) printf("%08x %08x %d\n", u >> k, u << k, s >> k);
  unsigned long long ul = 0x8000000000000001ULL;
  long long sl = -0x4000000000000000LL;
  for (int k = 0; k < 64; k += 9) printf("%016llx %016llx %lld\n", ul >> k, ul << k, sl >> k);
  unsigned char c = 0x81;
  printf("%x %x\n", c << 4, c >> 4);
  unsigned short h = 0x8001;
  printf("%x %x\n", h << 8, (unsigned short)(h << 8));
  int neg = -1;
  printf("%d %d %u\n", neg >> 31, neg >> 1, (unsigned)neg >> 28);
  long long k1 = 1;
  for (int k = 0; k < 63; k += 7) printf("%lld ", k1 << k);
  printf("\n");
  return 0;
}
