/* Built by clang (-mno-relax): the other side of the ABI test. */
#include <stdarg.h>
#include "abi.h"

int c_sum_small(struct small s, int x) { return s.c + s.s + x; }
struct pair c_make_pair(int a, int b) { struct pair p = {a, b}; return p; }
long long c_mul64(long long a, long long b, int shift) { return (a * b) >> shift; }
struct big c_make_big(int seed) {
  struct big b;
  for (int i = 0; i < 5; i++) b.a[i] = seed + i;
  b.tag = 'K';
  return b;
}
int c_sum_big(struct big b, struct pair p, struct small s) {
  int t = b.tag + p.a + p.b + s.c + s.s;
  for (int i = 0; i < 5; i++) t += b.a[i];
  return t;
}
long long c_varargs(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long long t = 0;
  for (int i = 0; i < n; i++) {
    if (i % 3 == 0) t += va_arg(ap, int);
    else if (i % 3 == 1) t += va_arg(ap, long long);
    else t += va_arg(ap, struct pair).b;
  }
  va_end(ap);
  return t;
}
double c_scale(double d, int k) { return d * k; }
int c_many(int a, int b, int c, int d, int e, int f, int g, long long h, int i, struct pair j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + (int)(h >> 32) + (int)h + 8 * i + j.a * 9 + j.b * 10;
}
unsigned long long c_div64(unsigned long long a, unsigned long long b) { return a / b; }

/* Globals make clang emit data relocations (PCREL pairs under medany). */
int c_global_counter = 5;
static int c_hidden[4];
static const char c_tag[] = "tag";

/* Calls into forklab-cc code and folds the results into one number. */
int c_call_back(void) {
  struct small s = {3, 400};
  int r = our_sum_small(s, 5);
  struct pair p = our_make_pair(11, 22);
  r += p.a * 100 + p.b;
  r += (int)(our_mul64(1LL << 33, 3, 30) & 0xffff);
  struct big b = our_make_big(7);
  r += b.a[4] + b.tag;
  r += our_sum_big(b, p, s);
  r += (int)our_varargs(4, 1, 2LL << 35, (struct pair){3, 4}, 5);
  r += our_many(1, 2, 3, 4, 5, 6, 7, 0x100000002LL, 9, p);
  struct mixed8 m = {0x500000007LL};
  m = our_mixed(m, 3);
  r += (int)(m.v >> 32) + (int)m.v;
  c_hidden[2] = r;
  c_global_counter += c_hidden[2] & 7;
  return r + c_global_counter + c_tag[1];
}
