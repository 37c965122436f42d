#include <stdio.h>
unsigned rev(unsigned x) { unsigned r = 0; for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; } return r; }
int clz(unsigned x) { int n = 0; if (!x) return 32; while (!(x & 0x80000000u)) { x <<= 1; n++; } return n; }
int main(void) {
  printf("%08x %d %d\n", rev(0x12345678), clz(1), clz(0x00ff0000));
  int x = -37;
  printf("%d %d\n", x & -x, (x ^ (x >> 31)) - (x >> 31));
  unsigned m = 0xf0f0f0f0;
  printf("%x %x\n", m & (m - 1), m | (m + 1));
  return 0;
}
