#include <stdio.h>
struct pte { unsigned v : 1, r : 1, w : 1, x : 1, u : 1, g : 1, a : 1, d : 1, rsw : 2, ppn : 22; };
int main(void) {
  struct pte p = {0};
  p.v = 1; p.r = 1; p.w = 1; p.u = 1; p.rsw = 2; p.ppn = 0x12345;
  union { struct pte p; unsigned raw; } u;
  u.p = p;
  printf("%08x %d %u\n", u.raw, (int)sizeof p, p.ppn);
  p.w = 0;
  printf("%u %u %u\n", p.w, p.rsw, p.v + p.r);
  return 0;
}
