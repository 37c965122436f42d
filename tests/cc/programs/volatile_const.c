#include <stdio.h>
/* const and volatile qualifiers: const objects, pointers to const,
   const pointers, volatile loop counters, casting qualifiers away. */
static const int table[4] = { 1, 4, 9, 16 };
static volatile int ticks;
static int sum_const(const int *p, int n) { int s = 0; while (n--) s += *p++; return s; }
int main(void) {
  const int c = 10;
  int v = 3;
  const int *pc = &v;
  int *const cp = &v;
  const int *const cpc = &c;
  *cp = 4;
  printf("%d %d %d\n", *pc, *cpc, c);
  printf("%d\n", sum_const(table, 4));
  for (volatile int i = 0; i < 100; i++) ticks++;
  printf("%d\n", ticks);
  volatile unsigned char reg = 0;
  reg |= 0x80;
  reg >>= 3;
  printf("%d\n", reg);
  int *writable = (int *)pc;
  *writable = 99;
  printf("%d\n", v);
  const char *const names[] = { "a", "b" };
  printf("%s%s\n", names[0], names[1]);
  volatile struct { int a; short b; } vs = { 1, 2 };
  vs.a += vs.b;
  printf("%d\n", vs.a);
  return 0;
}
