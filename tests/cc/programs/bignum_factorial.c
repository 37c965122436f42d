#include <stdio.h>
/* Arbitrary-precision arithmetic with base-10000 limbs: 50!, 2^200, and
   Fibonacci numbers past 64 bits. */
#define LIMBS 64
typedef struct { int n; unsigned d[LIMBS]; } big;
static void set(big *a, unsigned v) { a->n = 1; a->d[0] = v; }
static void mul_small(big *a, unsigned m) {
  unsigned carry = 0;
  for (int i = 0; i < a->n; i++) {
    unsigned v = a->d[i] * m + carry;
    a->d[i] = v % 10000; carry = v / 10000;
  }
  while (carry) { a->d[a->n++] = carry % 10000; carry /= 10000; }
}
static void add(big *r, const big *a, const big *b) {
  unsigned carry = 0;
  int n = a->n > b->n ? a->n : b->n;
  for (int i = 0; i < n; i++) {
    unsigned v = (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0) + carry;
    r->d[i] = v % 10000; carry = v / 10000;
  }
  r->n = n;
  if (carry) r->d[r->n++] = carry;
}
static void print(const big *a) {
  printf("%u", a->d[a->n - 1]);
  for (int i = a->n - 2; i >= 0; i--) printf("%04u", a->d[i]);
  printf("\n");
}
int main(void) {
  big f;
  set(&f, 1);
  for (unsigned i = 2; i <= 50; i++) mul_small(&f, i);
  print(&f);
  big p;
  set(&p, 1);
  for (int i = 0; i < 200; i++) mul_small(&p, 2);
  print(&p);
  big a, b, c;
  set(&a, 0); set(&b, 1);
  for (int i = 0; i < 150; i++) { add(&c, &a, &b); a = b; b = c; }
  print(&a);
  return 0;
}
