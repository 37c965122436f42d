#include <stdio.h>
/* A bitset over unsigned words: set, clear, test, union, intersection,
   iterate members; a sieve with it. */
#define WORDS 8
typedef struct { unsigned w[WORDS]; } bitset;
static void bs_set(bitset *s, int i) { s->w[i / 32] |= 1u << (i % 32); }
static void bs_clear(bitset *s, int i) { s->w[i / 32] &= ~(1u << (i % 32)); }
static int bs_test(const bitset *s, int i) { return (s->w[i / 32] >> (i % 32)) & 1; }
static bitset bs_and(bitset a, bitset b) { for (int i = 0; i < WORDS; i++) a.w[i] &= b.w[i]; return a; }
static bitset bs_or(bitset a, bitset b) { for (int i = 0; i < WORDS; i++) a.w[i] |= b.w[i]; return a; }
static int bs_count(const bitset *s) {
  int n = 0;
  for (int i = 0; i < WORDS * 32; i++) n += bs_test(s, i);
  return n;
}
int main(void) {
  bitset primes = { { 0 } }, odd = { { 0 } };
  for (int i = 2; i < WORDS * 32; i++) bs_set(&primes, i);
  for (int i = 2; i * i < WORDS * 32; i++)
    if (bs_test(&primes, i))
      for (int j = i * i; j < WORDS * 32; j += i) bs_clear(&primes, j);
  for (int i = 1; i < WORDS * 32; i += 2) bs_set(&odd, i);
  printf("%d %d\n", bs_count(&primes), bs_count(&odd));
  bitset both = bs_and(primes, odd), either = bs_or(primes, odd);
  printf("%d %d\n", bs_count(&both), bs_count(&either));
  for (int i = 200; i < 256; i++) if (bs_test(&primes, i)) printf("%d ", i);
  printf("\n%08x %08x\n", primes.w[0], odd.w[7]);
  return 0;
}
