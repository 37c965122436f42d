/* libgcc's integer helpers for RV32: 64-bit multiply, divide, shifts and
 * bit counts. Written with 32-bit operations only, so that a compiler that
 * lowers 64-bit arithmetic to these very functions cannot recurse. */
#include "helpers.h"

typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s64;

/* The two halves of a 64-bit value without 64-bit shifts. */
union words {
  u64 v;
  struct { u32 lo, hi; } w; /* RV32 and x86 are little-endian */
};

static u64 make64(u32 hi, u32 lo) {
  union words x;
  x.w.hi = hi;
  x.w.lo = lo;
  return x.v;
}
static u32 hi32(u64 v) { union words x; x.v = v; return x.w.hi; }
static u32 lo32(u64 v) { union words x; x.v = v; return x.w.lo; }

u64 HELPER(__ashldi3)(u64 a, int n) {
  u32 hi = hi32(a), lo = lo32(a);
  if (n == 0) return a;
  if (n >= 32) return make64(lo << (n - 32), 0);
  return make64((hi << n) | (lo >> (32 - n)), lo << n);
}

u64 HELPER(__lshrdi3)(u64 a, int n) {
  u32 hi = hi32(a), lo = lo32(a);
  if (n == 0) return a;
  if (n >= 32) return make64(0, hi >> (n - 32));
  return make64(hi >> n, (lo >> n) | (hi << (32 - n)));
}

s64 HELPER(__ashrdi3)(s64 a, int n) {
  u32 hi = hi32((u64)a), lo = lo32((u64)a);
  u32 fill = (hi & 0x80000000u) ? 0xffffffffu : 0;
  if (n == 0) return a;
  if (n >= 32) return (s64)make64(fill, n == 32 ? hi : (u32)((int)hi >> (n - 32)));
  return (s64)make64((u32)((int)hi >> n), (lo >> n) | (hi << (32 - n)));
}

/* 32x32 -> 64 from 16-bit pieces (each product fits in 32 bits). */
static u64 mul32x32(u32 a, u32 b) {
  u32 al = a & 0xffff, ah = a >> 16, bl = b & 0xffff, bh = b >> 16;
  u32 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
  u32 mid = (ll >> 16) + (lh & 0xffff) + (hl & 0xffff);
  u32 lo = (ll & 0xffff) | (mid << 16);
  u32 hi = hh + (lh >> 16) + (hl >> 16) + (mid >> 16);
  return make64(hi, lo);
}

u64 HELPER(__muldi3)(u64 a, u64 b) {
  u64 p = mul32x32(lo32(a), lo32(b));
  u32 hi = hi32(p) + lo32(a) * hi32(b) + hi32(a) * lo32(b);
  return make64(hi, lo32(p));
}

int HELPER(__clzsi2)(u32 a) {
  int n = 0;
  if (a == 0) return 32;
  while (!(a & 0x80000000u)) a <<= 1, n++;
  return n;
}

int HELPER(__ctzsi2)(u32 a) {
  int n = 0;
  if (a == 0) return 32;
  while (!(a & 1)) a >>= 1, n++;
  return n;
}

int HELPER(__clzdi2)(u64 a) {
  return hi32(a) ? HELPER(__clzsi2)(hi32(a)) : 32 + HELPER(__clzsi2)(lo32(a));
}

int HELPER(__ctzdi2)(u64 a) {
  return lo32(a) ? HELPER(__ctzsi2)(lo32(a)) : 32 + HELPER(__ctzsi2)(hi32(a));
}

int HELPER(__popcountsi2)(u32 a) {
  int n = 0;
  for (; a; a &= a - 1) n++;
  return n;
}

/* Shift-and-subtract division, one quotient bit per step, on (hi, lo)
 * pairs. Divisors that fit in 32 bits with a 32-bit dividend use the
 * hardware divide. Division by zero returns all ones (like RISC-V divu). */
u64 HELPER(__udivmoddi4)(u64 a, u64 b, u64 *rem) {
  if (hi32(a) == 0 && hi32(b) == 0) {
    u32 x = lo32(a), y = lo32(b);
    if (y == 0) {
      if (rem) *rem = a;
      return make64(0xffffffffu, 0xffffffffu);
    }
    if (rem) *rem = make64(0, x % y);
    return make64(0, x / y);
  }
  if (hi32(b) == 0 && lo32(b) == 0) {
    if (rem) *rem = a;
    return make64(0xffffffffu, 0xffffffffu);
  }
  u32 qh = 0, ql = 0, rh = 0, rl = 0;
  u32 ah = hi32(a), al = lo32(a), bh = hi32(b), bl = lo32(b);
  for (int i = 63; i >= 0; i--) {
    /* r = (r << 1) | bit i of a */
    u32 bit = i >= 32 ? (ah >> (i - 32)) & 1 : (al >> i) & 1;
    rh = (rh << 1) | (rl >> 31);
    rl = (rl << 1) | bit;
    /* if r >= b: r -= b, set quotient bit */
    if (rh > bh || (rh == bh && rl >= bl)) {
      u32 borrow = rl < bl;
      rl -= bl;
      rh -= bh + borrow;
      if (i >= 32) qh |= 1u << (i - 32);
      else ql |= 1u << i;
    }
  }
  if (rem) *rem = make64(rh, rl);
  return make64(qh, ql);
}

u64 HELPER(__udivdi3)(u64 a, u64 b) { return HELPER(__udivmoddi4)(a, b, 0); }

u64 HELPER(__umoddi3)(u64 a, u64 b) {
  u64 r;
  HELPER(__udivmoddi4)(a, b, &r);
  return r;
}

static u64 negate(u64 a) { return make64(~hi32(a) + (lo32(a) == 0), ~lo32(a) + 1); }
static int is_negative(s64 a) { return (hi32((u64)a) >> 31) != 0; }
static u64 magnitude(s64 a) { return is_negative(a) ? negate((u64)a) : (u64)a; }

/* Signed: the quotient truncates toward zero; the remainder takes the
 * dividend's sign (C99 6.5.5). */
s64 HELPER(__divdi3)(s64 a, s64 b) {
  u64 q = HELPER(__udivmoddi4)(magnitude(a), magnitude(b), 0);
  return (s64)(is_negative(a) != is_negative(b) ? negate(q) : q);
}

s64 HELPER(__moddi3)(s64 a, s64 b) {
  u64 r;
  HELPER(__udivmoddi4)(magnitude(a), magnitude(b), &r);
  return (s64)(is_negative(a) ? negate(r) : r);
}
