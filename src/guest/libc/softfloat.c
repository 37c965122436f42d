/* Soft-float: IEEE-754 binary64 (double) and binary32 (float) arithmetic,
 * comparisons and conversions under libgcc's names, for RV32 without an
 * FPU. Round to nearest, ties to even; NaN results are the canonical quiet
 * NaN, as RISC-V hardware produces; float-to-int conversions saturate, as
 * RISC-V's fcvt does.
 *
 * One generic implementation serves both formats: a value is unpacked to
 * (sign, exponent, 64-bit significand with its leading 1 at bit 62), worked
 * on with at least 10 guard bits, and rounded once in round_pack. */
#include "helpers.h"

typedef unsigned int u32;
typedef int s32;
typedef unsigned long long u64;
typedef long long s64;

struct format {
  int frac_bits; /* stored fraction bits: 52 or 23 */
  int exp_max;   /* all-ones exponent field: 2047 or 255 */
  int bias;      /* 1023 or 127 */
};
static const struct format F64 = {52, 2047, 1023};
static const struct format F32 = {23, 255, 127};

#define LEAD 62 /* bit of the leading 1 in an unpacked significand */

enum kind { ZERO, FINITE, INF, NAN };

struct unpacked {
  enum kind kind;
  int sign;
  int exp; /* value = sig * 2^(exp - LEAD) */
  u64 sig;
};

static u64 sign_bit(const struct format *f) { return 1ULL << (f->frac_bits + (f->exp_max == 2047 ? 11 : 8)); }
static u64 quiet_nan(const struct format *f) {
  return ((u64)f->exp_max << f->frac_bits) | (1ULL << (f->frac_bits - 1));
}
static u64 infinity(const struct format *f, int sign) {
  return ((u64)f->exp_max << f->frac_bits) | (sign ? sign_bit(f) : 0);
}

static struct unpacked unpack(u64 bits, const struct format *f) {
  struct unpacked u;
  u64 frac = bits & ((1ULL << f->frac_bits) - 1);
  int e = (int)((bits >> f->frac_bits) & (u64)f->exp_max);
  u.sign = (bits & sign_bit(f)) != 0;
  u.exp = 0;
  u.sig = 0;
  if (e == f->exp_max) {
    u.kind = frac ? NAN : INF;
    return u;
  }
  if (e == 0 && frac == 0) {
    u.kind = ZERO;
    return u;
  }
  u.kind = FINITE;
  if (e == 0) { /* subnormal: no implicit 1, exponent of the smallest normal */
    u.exp = 1 - f->bias;
    u.sig = frac << (LEAD - f->frac_bits);
    while (!(u.sig & (1ULL << LEAD))) {
      u.sig <<= 1;
      u.exp--;
    }
  } else {
    u.exp = e - f->bias;
    u.sig = (frac | (1ULL << f->frac_bits)) << (LEAD - f->frac_bits);
  }
  return u;
}

/* Shift right, ORing everything shifted out into bit 0 (the sticky bit). */
static u64 shift_right_sticky(u64 v, int n) {
  if (n <= 0) return v;
  if (n >= 64) return v != 0;
  return (v >> n) | ((v & ((1ULL << n) - 1)) != 0);
}

/* Round sig * 2^(exp - LEAD) to the format and pack it. sig may have its
 * leading 1 anywhere (bit 63 included); sig == 0 gives a signed zero. */
static u64 round_pack(int sign, int exp, u64 sig, const struct format *f) {
  u64 s = sign ? sign_bit(f) : 0;
  if (sig == 0) return s;
  if (sig & (1ULL << 63)) {
    sig = shift_right_sticky(sig, 1);
    exp++;
  }
  while (!(sig & (1ULL << LEAD))) {
    sig <<= 1;
    exp--;
  }
  int biased = exp + f->bias;
  if (biased <= 0) { /* subnormal (or underflow to zero): drop the implicit 1 */
    sig = shift_right_sticky(sig, 1 - biased);
    biased = 0;
  }
  int shift = LEAD - f->frac_bits;
  u64 rem = sig & ((1ULL << shift) - 1), half = 1ULL << (shift - 1);
  u64 q = sig >> shift;
  if (rem > half || (rem == half && (q & 1))) q++;
  /* q includes the implicit 1 for normals, so adding (biased - 1) << frac
   * gives the right exponent field, and a rounding carry moves into it. */
  u64 bits = biased > 0 ? ((u64)(biased - 1) << f->frac_bits) + q : q;
  if (bits >= ((u64)f->exp_max << f->frac_bits)) return infinity(f, sign);
  return bits | s;
}

static u64 add(u64 abits, u64 bbits, int negate_b, const struct format *f) {
  struct unpacked a = unpack(abits, f), b = unpack(bbits, f);
  b.sign ^= negate_b;
  if (a.kind == NAN || b.kind == NAN) return quiet_nan(f);
  if (a.kind == INF) return (b.kind == INF && a.sign != b.sign) ? quiet_nan(f) : infinity(f, a.sign);
  if (b.kind == INF) return infinity(f, b.sign);
  if (a.kind == ZERO && b.kind == ZERO) return (a.sign && b.sign) ? sign_bit(f) : 0;
  if (a.kind == ZERO) return round_pack(b.sign, b.exp, b.sig, f);
  if (b.kind == ZERO) return round_pack(a.sign, a.exp, a.sig, f);
  if (a.exp < b.exp || (a.exp == b.exp && a.sig < b.sig)) {
    struct unpacked t = a;
    a = b;
    b = t;
  }
  u64 bsig = shift_right_sticky(b.sig, a.exp - b.exp);
  if (a.sign == b.sign) return round_pack(a.sign, a.exp, a.sig + bsig, f);
  u64 diff = a.sig - bsig;
  if (diff == 0) return 0; /* x - x is +0 when rounding to nearest */
  return round_pack(a.sign, a.exp, diff, f);
}

/* 64x64 -> 128 from 32-bit halves. */
static void mul64(u64 a, u64 b, u64 *hi, u64 *lo) {
  u64 al = (u32)a, ah = a >> 32, bl = (u32)b, bh = b >> 32;
  u64 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  u64 mid = (ll >> 32) + (u32)lh + (u32)hl;
  *lo = (mid << 32) | (u32)ll;
  *hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static u64 mul(u64 abits, u64 bbits, const struct format *f) {
  struct unpacked a = unpack(abits, f), b = unpack(bbits, f);
  int sign = a.sign ^ b.sign;
  if (a.kind == NAN || b.kind == NAN) return quiet_nan(f);
  if (a.kind == INF || b.kind == INF)
    return (a.kind == ZERO || b.kind == ZERO) ? quiet_nan(f) : infinity(f, sign);
  if (a.kind == ZERO || b.kind == ZERO) return sign ? sign_bit(f) : 0;
  u64 hi, lo;
  mul64(a.sig, b.sig, &hi, &lo); /* leading 1 at bit 124 or 125 */
  u64 sig = (hi << 2) | (lo >> 62) | ((lo & ((1ULL << 62) - 1)) != 0);
  return round_pack(sign, a.exp + b.exp, sig, f);
}

static u64 divide(u64 abits, u64 bbits, const struct format *f) {
  struct unpacked a = unpack(abits, f), b = unpack(bbits, f);
  int sign = a.sign ^ b.sign;
  if (a.kind == NAN || b.kind == NAN) return quiet_nan(f);
  if (a.kind == INF) return b.kind == INF ? quiet_nan(f) : infinity(f, sign);
  if (b.kind == INF) return sign ? sign_bit(f) : 0;
  if (b.kind == ZERO) return a.kind == ZERO ? quiet_nan(f) : infinity(f, sign);
  if (a.kind == ZERO) return sign ? sign_bit(f) : 0;
  int exp = a.exp - b.exp;
  u64 rem = a.sig;
  if (rem < b.sig) { /* make the quotient land in [1, 2) */
    rem <<= 1;
    exp--;
  }
  u64 q = 0;
  for (int i = 0; i <= LEAD; i++) {
    q <<= 1;
    if (rem >= b.sig) {
      rem -= b.sig;
      q |= 1;
    }
    rem <<= 1;
  }
  return round_pack(sign, exp, q | (rem != 0), f);
}

/* -1, 0, 1, or 2 when unordered (a NaN is involved). */
static int compare(u64 abits, u64 bbits, const struct format *f) {
  struct unpacked a = unpack(abits, f), b = unpack(bbits, f);
  if (a.kind == NAN || b.kind == NAN) return 2;
  if (a.kind == ZERO && b.kind == ZERO) return 0;
  u64 mask = sign_bit(f) - 1;
  s64 ka = (s64)(abits & mask), kb = (s64)(bbits & mask);
  if (a.sign) ka = -ka;
  if (b.sign) kb = -kb;
  return ka < kb ? -1 : ka > kb;
}

static u64 from_int(int negative, u64 magnitude, const struct format *f) {
  return round_pack(negative, LEAD, magnitude, f);
}

/* Truncate toward zero into a `width`-bit integer; saturate out of range
 * and NaN to the largest value (RISC-V fcvt semantics). */
static u64 to_int(u64 bits, const struct format *f, int is_signed, int width) {
  struct unpacked u = unpack(bits, f);
  u64 max = is_signed ? (1ULL << (width - 1)) - 1 : (width == 64 ? ~0ULL : (1ULL << width) - 1);
  u64 min_mag = is_signed ? 1ULL << (width - 1) : 0; /* |most negative| */
  if (u.kind == NAN) return max;
  if (u.kind == ZERO) return 0;
  if (u.kind == INF) return u.sign ? (is_signed ? (u64)0 - min_mag : 0) : max;
  if (u.exp < 0) return 0;
  if (u.exp >= 64) return u.sign ? (is_signed ? (u64)0 - min_mag : 0) : max;
  u64 mag = u.exp >= LEAD ? u.sig << (u.exp - LEAD) : u.sig >> (LEAD - u.exp);
  if (u.exp > LEAD + 1) return u.sign ? (is_signed ? (u64)0 - min_mag : 0) : max;
  if (u.sign) {
    if (!is_signed) return 0;
    return mag > min_mag ? (u64)0 - min_mag : (u64)0 - mag;
  }
  return mag > max ? max : mag;
}

static u64 convert(u64 bits, const struct format *from, const struct format *to) {
  struct unpacked u = unpack(bits, from);
  if (u.kind == NAN) return quiet_nan(to);
  if (u.kind == INF) return infinity(to, u.sign);
  if (u.kind == ZERO) return u.sign ? sign_bit(to) : 0;
  return round_pack(u.sign, u.exp, u.sig, to);
}

/* ---- the libgcc entry points ---- */
typedef union { double d; u64 u; } dbits;
typedef union { float f; u32 u; } fbits;

static u64 D(double d) { dbits x; x.d = d; return x.u; }
static double Dv(u64 u) { dbits x; x.u = u; return x.d; }
static u64 Fl(float f) { fbits x; x.f = f; return x.u; }
static float Fv(u64 u) { fbits x; x.u = (u32)u; return x.f; }

double HELPER(__adddf3)(double a, double b) { return Dv(add(D(a), D(b), 0, &F64)); }
double HELPER(__subdf3)(double a, double b) { return Dv(add(D(a), D(b), 1, &F64)); }
double HELPER(__muldf3)(double a, double b) { return Dv(mul(D(a), D(b), &F64)); }
double HELPER(__divdf3)(double a, double b) { return Dv(divide(D(a), D(b), &F64)); }
double HELPER(__negdf2)(double a) { return Dv(D(a) ^ (1ULL << 63)); }
float HELPER(__addsf3)(float a, float b) { return Fv(add(Fl(a), Fl(b), 0, &F32)); }
float HELPER(__subsf3)(float a, float b) { return Fv(add(Fl(a), Fl(b), 1, &F32)); }
float HELPER(__mulsf3)(float a, float b) { return Fv(mul(Fl(a), Fl(b), &F32)); }
float HELPER(__divsf3)(float a, float b) { return Fv(divide(Fl(a), Fl(b), &F32)); }
float HELPER(__negsf2)(float a) { return Fv(Fl(a) ^ 0x80000000u); }

/* Comparisons return a value whose relation to 0 is the answer; with a
 * NaN the answer must come out false, so lt/le give 1 and gt/ge give -1. */
static int eq_result(int c) { return c != 0; }
static int lt_result(int c) { return c == 2 ? 1 : c; }
static int gt_result(int c) { return c == 2 ? -1 : c; }

int HELPER(__eqdf2)(double a, double b) { return eq_result(compare(D(a), D(b), &F64)); }
int HELPER(__nedf2)(double a, double b) { return eq_result(compare(D(a), D(b), &F64)); }
int HELPER(__ltdf2)(double a, double b) { return lt_result(compare(D(a), D(b), &F64)); }
int HELPER(__ledf2)(double a, double b) { return lt_result(compare(D(a), D(b), &F64)); }
int HELPER(__gtdf2)(double a, double b) { return gt_result(compare(D(a), D(b), &F64)); }
int HELPER(__gedf2)(double a, double b) { return gt_result(compare(D(a), D(b), &F64)); }
int HELPER(__unorddf2)(double a, double b) { return compare(D(a), D(b), &F64) == 2; }
int HELPER(__cmpdf2)(double a, double b) { return lt_result(compare(D(a), D(b), &F64)); }
int HELPER(__eqsf2)(float a, float b) { return eq_result(compare(Fl(a), Fl(b), &F32)); }
int HELPER(__nesf2)(float a, float b) { return eq_result(compare(Fl(a), Fl(b), &F32)); }
int HELPER(__ltsf2)(float a, float b) { return lt_result(compare(Fl(a), Fl(b), &F32)); }
int HELPER(__lesf2)(float a, float b) { return lt_result(compare(Fl(a), Fl(b), &F32)); }
int HELPER(__gtsf2)(float a, float b) { return gt_result(compare(Fl(a), Fl(b), &F32)); }
int HELPER(__gesf2)(float a, float b) { return gt_result(compare(Fl(a), Fl(b), &F32)); }
int HELPER(__unordsf2)(float a, float b) { return compare(Fl(a), Fl(b), &F32) == 2; }
int HELPER(__cmpsf2)(float a, float b) { return lt_result(compare(Fl(a), Fl(b), &F32)); }

static u64 mag32(s32 i) { return i < 0 ? (u64)(0 - (u32)i) : (u64)i; }
static u64 mag64(s64 i) { return i < 0 ? 0 - (u64)i : (u64)i; }

double HELPER(__floatsidf)(s32 i) { return Dv(from_int(i < 0, mag32(i), &F64)); }
double HELPER(__floatunsidf)(u32 i) { return Dv(from_int(0, i, &F64)); }
double HELPER(__floatdidf)(s64 i) { return Dv(from_int(i < 0, mag64(i), &F64)); }
double HELPER(__floatundidf)(u64 i) { return Dv(from_int(0, i, &F64)); }
float HELPER(__floatsisf)(s32 i) { return Fv(from_int(i < 0, mag32(i), &F32)); }
float HELPER(__floatunsisf)(u32 i) { return Fv(from_int(0, i, &F32)); }
float HELPER(__floatdisf)(s64 i) { return Fv(from_int(i < 0, mag64(i), &F32)); }
float HELPER(__floatundisf)(u64 i) { return Fv(from_int(0, i, &F32)); }

s32 HELPER(__fixdfsi)(double a) { return (s32)to_int(D(a), &F64, 1, 32); }
u32 HELPER(__fixunsdfsi)(double a) { return (u32)to_int(D(a), &F64, 0, 32); }
s64 HELPER(__fixdfdi)(double a) { return (s64)to_int(D(a), &F64, 1, 64); }
u64 HELPER(__fixunsdfdi)(double a) { return to_int(D(a), &F64, 0, 64); }
s32 HELPER(__fixsfsi)(float a) { return (s32)to_int(Fl(a), &F32, 1, 32); }
u32 HELPER(__fixunssfsi)(float a) { return (u32)to_int(Fl(a), &F32, 0, 32); }
s64 HELPER(__fixsfdi)(float a) { return (s64)to_int(Fl(a), &F32, 1, 64); }
u64 HELPER(__fixunssfdi)(float a) { return to_int(Fl(a), &F32, 0, 64); }

double HELPER(__extendsfdf2)(float a) { return Dv(convert(Fl(a), &F32, &F64)); }
float HELPER(__truncdfsf2)(double a) { return Fv(convert(D(a), &F64, &F32)); }
