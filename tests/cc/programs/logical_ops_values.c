#include <stdio.h>
/* Logical and relational operators always yield int 0 or 1, for every
   operand type: pointers, doubles, long long, unsigned. */
int main(void) {
  int x = 5;
  int *p = &x, *q = 0;
  double d = 0.5, z = 0.0;
  long long big = 1LL << 40, nb = 0;
  unsigned u = 0x80000000u;
  printf("%d %d %d %d\n", !p, !q, !!p, p && q);
  printf("%d %d %d %d\n", !d, !z, d || z, d && z);
  printf("%d %d %d\n", !big, big && 1, nb || big);
  printf("%d %d %d\n", u > 0, (int)u < 0, !u);
  printf("%d %d\n", (x > 3) + (x > 4) + (x > 5), (x == 5) * 10);
  printf("%d\n", (int)sizeof(p && q));
  int r = (1 < 2) < 3;
  int s = 3 > 2 > 1;
  printf("%d %d\n", r, s);
  printf("%d %d\n", 1 == 1 == 1, 2 == 2 == 2);
  printf("%d\n", -1 < 0u);
  return 0;
}
