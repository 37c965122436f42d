#include <stdio.h>
/* Bit tricks: popcount three ways, parity, lowest set bit, power of two,
   rotate, bit reversal, count leading zeros. */
static int pop_loop(unsigned x) { int n = 0; while (x) { n += x & 1; x >>= 1; } return n; }
static int pop_kernighan(unsigned x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static int pop_swar(unsigned x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0f0f0f0fu;
  return (int)((x * 0x01010101u) >> 24);
}
static unsigned rotl(unsigned x, int k) { return (x << k) | (x >> (32 - k)); }
static unsigned bitrev(unsigned x) {
  x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
  x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
  x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
  x = ((x >> 8) & 0x00ff00ffu) | ((x & 0x00ff00ffu) << 8);
  return (x >> 16) | (x << 16);
}
static int clz(unsigned x) { int n = 0; if (!x) return 32; while (!(x & 0x80000000u)) { x <<= 1; n++; } return n; }
int main(void) {
  unsigned vals[] = { 0, 1, 0xff, 0x80000000u, 0xdeadbeef, 0xffffffffu, 12345 };
  for (int i = 0; i < 7; i++) {
    unsigned v = vals[i];
    printf("%08x %d %d %d par%d low%x pow2=%d rot%08x rev%08x clz%d\n", v, pop_loop(v), pop_kernighan(v), pop_swar(v),
           pop_swar(v) & 1, v & -v, v && !(v & (v - 1)), rotl(v, 5), bitrev(v), clz(v));
  }
  return 0;
}
