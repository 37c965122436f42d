#include <stdio.h>
/* Bit-fields: signed and unsigned, overflow wrap, packing into one word,
   adjacent to ordinary members, zero-width to force a new unit. */
struct rgb565 { unsigned b : 5, g : 6, r : 5; };
struct regs { unsigned mode : 2; unsigned en : 1; unsigned : 0; unsigned count : 12; };
struct s { signed int small : 3; unsigned int u3 : 3; };
union pun { struct rgb565 c; unsigned short raw; unsigned int w; };
int main(void) {
  union pun p;
  p.w = 0;
  p.c.r = 31; p.c.g = 0; p.c.b = 1;
  printf("%04x %d\n", p.raw, (int)sizeof(struct rgb565));
  p.raw = 0x07e0;
  printf("%u %u %u\n", p.c.r, p.c.g, p.c.b);
  struct regs r = { 3, 1, 4095 };
  printf("%u %u %u %d\n", r.mode, r.en, r.count, (int)sizeof r);
  r.mode += 2;
  r.count++;
  printf("%u %u\n", r.mode, r.count);
  struct s s = { 3, 7 };
  s.small++;
  s.u3++;
  printf("%d %u\n", s.small, s.u3);
  s.small = -4;
  printf("%d %d\n", s.small, s.small < 0);
  int total = 0;
  for (s.u3 = 0; s.u3 < 7; s.u3++) total += s.u3;
  printf("%d\n", total);
  return 0;
}
