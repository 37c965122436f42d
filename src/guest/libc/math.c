/* A small libm, exact operations only: each result is the correctly
 * rounded (or exact) value, computed on the bits so that it does not depend
 * on how the soft-float helpers round intermediate steps. */
#include <math.h>

typedef unsigned long long u64;

union dbits {
  double d;
  u64 u;
};

static u64 bits(double x) {
  union dbits b;
  b.d = x;
  return b.u;
}

static double from_bits(u64 u) {
  union dbits b;
  b.u = u;
  return b.d;
}

#define SIGN (1ULL << 63)
#define FRAC_MASK ((1ULL << 52) - 1)
static int biased_exp(u64 u) { return (int)((u >> 52) & 0x7ff); }

int __signbit(double x) { return (bits(x) >> 63) != 0; }
double fabs(double x) { return from_bits(bits(x) & ~SIGN); }
float fabsf(float x) { return x < 0 ? -x : x; }

double trunc(double x) {
  u64 u = bits(x);
  int e = biased_exp(u) - 1023;
  if (e >= 52) return x; /* already an integer, or inf/NaN */
  if (e < 0) return from_bits(u & SIGN);
  return from_bits(u & ~(FRAC_MASK >> e));
}

double floor(double x) {
  double t = trunc(x);
  return (x < 0 && t != x) ? t - 1.0 : t;
}

double ceil(double x) {
  double t = trunc(x);
  return (x > 0 && t != x) ? t + 1.0 : t;
}

/* Halfway cases away from zero. x - trunc(x) is exact. */
double round(double x) {
  double t = trunc(x);
  if (fabs(x - t) >= 0.5) return x < 0 ? t - 1.0 : t + 1.0;
  return t;
}

double fmin(double a, double b) { return isnan(a) ? b : isnan(b) ? a : a < b ? a : b; }
double fmax(double a, double b) { return isnan(a) ? b : isnan(b) ? a : a > b ? a : b; }

/* Split a finite nonzero x into an integer significand m with its top bit
 * at bit 52 and an exponent: |x| = m * 2^e. */
static void split(u64 u, u64 *m, int *e) {
  int be = biased_exp(u);
  if (be == 0) {
    *m = u & FRAC_MASK;
    *e = 1 - 1075;
    while (!(*m & (1ULL << 52))) {
      *m <<= 1;
      (*e)--;
    }
  } else {
    *m = (u & FRAC_MASK) | (1ULL << 52);
    *e = be - 1075;
  }
}

/* 2^n as a double, for -1074 <= n <= 1023 (subnormal when n < -1022). */
static double pow2(int n) {
  if (n < -1022) return from_bits(1ULL << (n + 1074));
  return from_bits((u64)(n + 1023) << 52);
}

/* x * 2^n. Large steps keep x normal (exact); the last multiply rounds
 * once, except for results that are subnormal after a second step. */
double ldexp(double x, int n) {
  for (int i = 0; i < 2 && n > 1023; i++) {
    x *= pow2(1023);
    n -= 1023;
  }
  for (int i = 0; i < 2 && n < -1022; i++) {
    x *= pow2(-969); /* 2^(-1022 + 53): stays normal for normal x near 1 */
    n += 969;
  }
  if (n > 1023) n = 1023;
  if (n < -1022) n = -1022;
  return x * pow2(n);
}

double frexp(double x, int *exp) {
  u64 u = bits(x);
  if (x == 0 || isnan(x) || isinf(x)) {
    *exp = 0;
    return x;
  }
  u64 m;
  int e;
  split(u, &m, &e);
  *exp = e + 53;
  return from_bits((u & SIGN) | ((u64)1022 << 52) | (m & FRAC_MASK));
}

double modf(double x, double *ipart) {
  double t = trunc(x);
  *ipart = t;
  if (isinf(x)) return from_bits(bits(x) & SIGN);
  return from_bits((bits(x - t) & ~SIGN) | (bits(x) & SIGN));
}

/* fmod by long division on the significands: exact. */
double fmod(double x, double y) {
  u64 ux = bits(x), uy = bits(y);
  if (isnan(x) || isnan(y) || isinf(x) || y == 0) return from_bits(0x7ff8000000000000ULL);
  if (isinf(y) || x == 0) return x;
  u64 mx, my;
  int ex, ey;
  split(ux, &mx, &ex);
  split(uy, &my, &ey);
  if (ex < ey || (ex == ey && mx < my)) return x;
  u64 r = mx;
  for (int i = ex - ey; i > 0; i--) {
    if (r >= my) r -= my;
    r <<= 1;
  }
  if (r >= my) r -= my;
  double v = ldexp((double)r, ey); /* exact: a multiple of y's unit, below |y| */
  return (ux & SIGN) ? -v : v;
}

/* Square root digit by digit: 55 result bits from the significand, then
 * one rounding to nearest even with the remainder as sticky bit. */
double sqrt(double x) {
  u64 u = bits(x);
  if (isnan(x) || x == 0 || (isinf(x) && x > 0)) return x;
  if (u & SIGN) return from_bits(0x7ff8000000000000ULL);
  u64 m;
  int e;
  split(u, &m, &e);
  if (e & 1) {
    m <<= 1;
    e--;
  }
  /* q = floor(sqrt(m * 2^56)), 55 bits; the input has 55 bit pairs */
  u64 q = 0, r = 0;
  for (int i = 54; i >= 0; i--) {
    int shift = 2 * i - 56;
    u64 pair = shift >= 0 ? (m >> shift) & 3 : 0;
    r = (r << 2) | pair;
    u64 t = (q << 2) | 1;
    if (r >= t) {
      r -= t;
      q = (q << 1) | 1;
    } else {
      q <<= 1;
    }
  }
  u64 rem = q & 3;
  q >>= 2;
  if (rem > 2 || (rem == 2 && (r != 0 || (q & 1)))) q++;
  int exp2 = e / 2 - 26; /* value = q * 2^exp2, q in [2^52, 2^53] */
  if (q == (1ULL << 53)) {
    q >>= 1;
    exp2++;
  }
  return from_bits(((u64)(exp2 + 52 + 1023) << 52) | (q & FRAC_MASK));
}

float sqrtf(float x) { return (float)sqrt((double)x); }
