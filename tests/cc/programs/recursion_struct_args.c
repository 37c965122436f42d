#include <stdio.h>
/* Recursion that passes and returns structs by value: a rational number
   continued fraction and a recursive vector sum. */
struct frac { long long num, den; };
static long long gcd(long long a, long long b) { while (b) { long long t = a % b; a = b; b = t; } return a < 0 ? -a : a; }
static struct frac norm(struct frac f) { long long g = gcd(f.num, f.den); if (g) { f.num /= g; f.den /= g; } if (f.den < 0) { f.num = -f.num; f.den = -f.den; } return f; }
static struct frac add(struct frac a, struct frac b) { return norm((struct frac){ a.num * b.den + b.num * a.den, a.den * b.den }); }
static struct frac inv(struct frac a) { return (struct frac){ a.den, a.num }; }
static struct frac cf(const int *terms, int n) {
  if (n == 1) return (struct frac){ terms[0], 1 };
  return add((struct frac){ terms[0], 1 }, inv(cf(terms + 1, n - 1)));
}
struct v3 { int x, y, z; };
static struct v3 vsum(const struct v3 *v, int n) {
  if (n == 0) return (struct v3){ 0, 0, 0 };
  struct v3 r = vsum(v + 1, n - 1);
  r.x += v->x; r.y += v->y; r.z += v->z;
  return r;
}
int main(void) {
  int e_terms[] = { 2, 1, 2, 1, 1, 4, 1, 1, 6, 1, 1, 8 };
  for (int n = 1; n <= 12; n += 3) { struct frac f = cf(e_terms, n); printf("%lld/%lld\n", f.num, f.den); }
  int pi_terms[] = { 3, 7, 15, 1, 292 };
  struct frac p = cf(pi_terms, 5);
  printf("%lld/%lld\n", p.num, p.den);
  struct v3 vs[] = { { 1, 2, 3 }, { -4, 5, 6 }, { 7, -8, 9 }, { 10, 11, -12 } };
  struct v3 s = vsum(vs, 4);
  printf("%d %d %d\n", s.x, s.y, s.z);
  return 0;
}
