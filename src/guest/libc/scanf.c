/* scanf family (the common conversions: d i u x o c s [set] f e g n %, with
 * widths, '*' and h/l/ll sizes) and strtod. */
#include "internal.h"
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double special_double(uint64_t bits) {
  union { uint64_t u; double d; } x = {bits};
  return x.d;
}
#define INF_BITS 0x7ff0000000000000ULL
#define NAN_BITS 0x7ff8000000000000ULL

/* ---- strtod ----
 * The decimal mantissa M (up to 19 significant digits) and exponent E are
 * turned into the nearest double with exact big-integer arithmetic:
 * M * 10^E for E >= 0, or the quotient (M * 2^k) / 10^-E with 64 bits and a
 * sticky remainder for E < 0, then one rounding to nearest even. Inputs
 * with more than 19 significant digits are cut there (so those may be off
 * in the last bit in rare near-tie cases). */
#define BIG_WORDS 48

struct big {
  uint32_t w[BIG_WORDS]; /* little-endian base 2^32 */
  int n;
};

static void big_set(struct big *b, uint64_t v) {
  b->n = 0;
  while (v) {
    b->w[b->n++] = (uint32_t)v;
    v >>= 32;
  }
}

static void big_mul_small(struct big *b, uint32_t k) {
  uint64_t carry = 0;
  for (int i = 0; i < b->n; i++) {
    uint64_t t = (uint64_t)b->w[i] * k + carry;
    b->w[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry) b->w[b->n++] = (uint32_t)carry;
}

static void big_pow10(struct big *b, int e) {
  for (; e >= 9; e -= 9) big_mul_small(b, 1000000000u);
  while (e--) big_mul_small(b, 10);
}

static int big_bits(const struct big *b) {
  if (b->n == 0) return 0;
  uint32_t top = b->w[b->n - 1];
  int bits = 0;
  while (top) bits++, top >>= 1;
  return (b->n - 1) * 32 + bits;
}

static int big_bit(const struct big *b, int i) {
  return i / 32 < b->n ? (int)((b->w[i / 32] >> (i % 32)) & 1) : 0;
}

static void big_shl(struct big *b, int k) {
  int words = k / 32, bits = k % 32;
  uint32_t out[BIG_WORDS] = {0};
  for (int i = 0; i < b->n; i++) {
    uint64_t v = (uint64_t)b->w[i] << bits;
    out[i + words] |= (uint32_t)v;
    if (i + words + 1 < BIG_WORDS) out[i + words + 1] |= (uint32_t)(v >> 32);
  }
  b->n += words + 1;
  if (b->n > BIG_WORDS) b->n = BIG_WORDS;
  memcpy(b->w, out, sizeof out);
  while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
}

static int big_cmp(const struct big *a, const struct big *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--)
    if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
  return 0;
}

static void big_sub(struct big *a, const struct big *b) { /* a >= b */
  int64_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
    borrow = t < 0;
    a->w[i] = (uint32_t)(t + (borrow ? (int64_t)1 << 32 : 0));
  }
  while (a->n > 0 && a->w[a->n - 1] == 0) a->n--;
}

/* The double nearest to (q + something below 1 if sticky) * 2^e2. */
static double make_double(uint64_t q, int e2, int sticky) {
  if (q == 0) return 0;
  while (!(q >> 63)) {
    q <<= 1;
    e2--;
  }
  int biased = e2 + 63 + 1023;
  if (biased >= 2047) return special_double(INF_BITS);
  if (biased <= 0) { /* subnormal */
    int shift = 1 - biased;
    if (shift >= 64) return 0;
    sticky |= (q & ((1ULL << shift) - 1)) != 0;
    q >>= shift;
    biased = 0;
  }
  uint64_t rem = q & 0x7ff, half = 0x400;
  q >>= 11;
  if (rem > half || (rem == half && (sticky || (q & 1)))) q++;
  uint64_t bits = biased > 0 ? ((uint64_t)(biased - 1) << 52) + q : q;
  if (bits >= INF_BITS) return special_double(INF_BITS);
  return special_double(bits);
}

static double decimal_to_double(uint64_t mant, int exp10) {
  if (mant == 0 || exp10 < -343) return 0;
  if (exp10 > 310) return special_double(INF_BITS);
  struct big b;
  big_set(&b, mant);
  if (exp10 >= 0) {
    big_pow10(&b, exp10);
    int bits = big_bits(&b);
    if (bits <= 64) return make_double(((uint64_t)(b.n > 1 ? b.w[1] : 0) << 32) | b.w[0], 0, 0);
    uint64_t q = 0;
    for (int i = 0; i < 64; i++) q = (q << 1) | (uint64_t)big_bit(&b, bits - 1 - i);
    int sticky = 0;
    for (int i = 0; i < bits - 64 && !sticky; i++) sticky = big_bit(&b, i);
    return make_double(q, bits - 64, sticky);
  }
  struct big d;
  big_set(&d, 1);
  big_pow10(&d, -exp10);
  int k = big_bits(&d) - big_bits(&b) + 63; /* quotient in [2^62, 2^64) */
  if (k > 0) big_shl(&b, k);
  uint64_t q = 0;
  for (int i = 63; i >= 0; i--) { /* long division, one bit per step */
    struct big t = d;
    big_shl(&t, i);
    if (big_cmp(&b, &t) >= 0) {
      big_sub(&b, &t);
      q |= 1ULL << i;
    }
  }
  return make_double(q, -(k > 0 ? k : 0), b.n != 0);
}

double strtod(const char *s, char **end) {
  const char *p = s;
  while (isspace((unsigned char)*p)) p++;
  int neg = 0;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  if (strncasecmp(p, "inf", 3) == 0) {
    p += strncasecmp(p, "infinity", 8) == 0 ? 8 : 3;
    if (end) *end = (char *)p;
    return special_double(INF_BITS | (neg ? 1ULL << 63 : 0));
  }
  if (strncasecmp(p, "nan", 3) == 0) {
    if (end) *end = (char *)p + 3;
    return special_double(NAN_BITS);
  }
  unsigned long long mant = 0;
  int digits = 0, exp10 = 0, any = 0;
  for (; isdigit((unsigned char)*p); p++, any = 1) {
    if (digits < 19) {
      mant = mant * 10 + (unsigned)(*p - '0');
      if (mant) digits++;
    } else {
      exp10++;
    }
  }
  if (*p == '.') {
    for (p++; isdigit((unsigned char)*p); p++, any = 1) {
      if (digits < 19) {
        mant = mant * 10 + (unsigned)(*p - '0');
        if (mant) digits++;
        exp10--;
      }
    }
  }
  if (!any) {
    if (end) *end = (char *)s;
    return 0;
  }
  if ((*p | 32) == 'e') {
    const char *q = p + 1;
    int eneg = 0, e = 0;
    if (*q == '+' || *q == '-') eneg = *q++ == '-';
    if (isdigit((unsigned char)*q)) {
      while (isdigit((unsigned char)*q)) {
        if (e < 10000) e = e * 10 + (*q - '0');
        q++;
      }
      exp10 += eneg ? -e : e;
      p = q;
    }
  }
  if (end) *end = (char *)p;
  double v = decimal_to_double(mant, exp10);
  if (v == special_double(INF_BITS) || (v == 0 && mant != 0)) errno = ERANGE;
  return neg ? -v : v;
}

float strtof(const char *s, char **end) { return (float)strtod(s, end); }

/* Input source: a string or a stream, with one char of lookahead. */
struct in {
  const char *s;
  FILE *f;
  int count; /* chars consumed, for %n */
};

static int in_get(struct in *in) {
  int c;
  if (in->s) c = *in->s ? (unsigned char)*in->s++ : EOF;
  else c = fgetc(in->f);
  if (c != EOF) in->count++;
  return c;
}

static void in_unget(struct in *in, int c) {
  if (c == EOF) return;
  in->count--;
  if (in->s) in->s--;
  else ungetc(c, in->f);
}

static void store_int(va_list *ap, int size, unsigned long long v) {
  switch (size) {
    case -2: *va_arg(*ap, char *) = (char)v; break;
    case -1: *va_arg(*ap, short *) = (short)v; break;
    case 0: *va_arg(*ap, int *) = (int)v; break;
    case 1: *va_arg(*ap, long *) = (long)v; break;
    default: *va_arg(*ap, long long *) = (long long)v; break;
  }
}

/* Read a token of at most `width` chars accepted by `accept` into buf. */
static int read_token(struct in *in, char *buf, int cap, int width, int (*accept)(int, int)) {
  int n = 0, c;
  while (n < width && n < cap - 1 && (c = in_get(in)) != EOF) {
    if (!accept(c, n ? buf[n - 1] : 0)) {
      in_unget(in, c);
      break;
    }
    buf[n++] = (char)c;
  }
  buf[n] = 0;
  return n;
}

static int accept_int(int c, int prev) {
  return isxdigit(c) || c == '-' || c == '+' || c == 'x' || c == 'X';
}
static int accept_float(int c, int prev) {
  return isdigit(c) || c == '.' || c == 'e' || c == 'E' || c == 'i' || c == 'n' || c == 'f' ||
         c == 'a' || c == 'I' || c == 'N' || c == 'F' || c == 'A' ||
         ((c == '-' || c == '+') && (prev == 0 || prev == 'e' || prev == 'E'));
}

static int vscan(struct in *in, const char *fmt, va_list ap) {
  int assigned = 0, c;
  for (const char *p = fmt; *p; p++) {
    if (isspace((unsigned char)*p)) {
      while ((c = in_get(in)) != EOF && isspace(c)) {}
      in_unget(in, c);
      continue;
    }
    if (*p != '%' || p[1] == '%') {
      if (*p == '%') p++;
      c = in_get(in);
      if (c != (unsigned char)*p) {
        in_unget(in, c);
        return c == EOF && assigned == 0 ? EOF : assigned;
      }
      continue;
    }
    p++;
    int skip = *p == '*';
    if (skip) p++;
    int width = 0;
    while (isdigit((unsigned char)*p)) width = width * 10 + (*p++ - '0');
    int size = 0;
    for (;; p++) {
      if (*p == 'h') size--;
      else if (*p == 'l') size++;
      else if (*p == 'z' || *p == 'j' || *p == 't') size = *p == 'j' ? 2 : 1;
      else if (*p == 'L') size = 2;
      else break;
    }
    char conv = *p;
    if (conv == 'n') {
      if (!skip) store_int(&ap, size, (unsigned long long)in->count);
      continue;
    }
    if (conv != 'c' && conv != '[') {
      while ((c = in_get(in)) != EOF && isspace(c)) {}
      if (c == EOF) return assigned ? assigned : EOF;
      in_unget(in, c);
    }
    char buf[512];
    if (width == 0) width = conv == 'c' ? 1 : (int)sizeof buf - 1;
    switch (conv) {
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
      case 'p': {
        if (!read_token(in, buf, sizeof buf, width, accept_int)) return assigned;
        int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8 : conv == 'i' ? 0 : 16;
        char *end;
        unsigned long long v = (conv == 'd' || conv == 'i') ? (unsigned long long)strtoll(buf, &end, base)
                                                            : strtoull(buf, &end, base);
        if (end == buf) return assigned;
        /* give back what strtol did not use (e.g. the x of "12x") */
        for (char *q = buf + strlen(buf); q > end;) in_unget(in, (unsigned char)*--q);
        if (!skip) {
          if (conv == 'p') *va_arg(ap, void **) = (void *)(uintptr_t)v;
          else store_int(&ap, size, v);
          assigned++;
        }
        break;
      }
      case 'f':
      case 'e':
      case 'g':
      case 'E':
      case 'G':
      case 'a': {
        if (!read_token(in, buf, sizeof buf, width, accept_float)) return assigned;
        char *end;
        double v = strtod(buf, &end);
        if (end == buf) return assigned;
        for (char *q = buf + strlen(buf); q > end;) in_unget(in, (unsigned char)*--q);
        if (!skip) {
          if (size >= 1) *va_arg(ap, double *) = v;
          else *va_arg(ap, float *) = (float)v;
          assigned++;
        }
        break;
      }
      case 's': {
        char *dst = skip ? 0 : va_arg(ap, char *);
        int n = 0;
        while (n < width && (c = in_get(in)) != EOF && !isspace(c)) {
          if (dst) dst[n] = (char)c;
          n++;
        }
        if (c != EOF && isspace(c)) in_unget(in, c);
        if (n == 0) return assigned;
        if (dst) {
          dst[n] = 0;
          assigned++;
        }
        break;
      }
      case 'c': {
        char *dst = skip ? 0 : va_arg(ap, char *);
        for (int i = 0; i < width; i++) {
          if ((c = in_get(in)) == EOF) return assigned ? assigned : EOF;
          if (dst) dst[i] = (char)c;
        }
        if (dst) assigned++;
        break;
      }
      case '[': {
        p++;
        int invert = *p == '^';
        if (invert) p++;
        const char *set = p;
        if (*p == ']') p++;
        while (*p && *p != ']') p++;
        size_t setlen = (size_t)(p - set);
        char *dst = skip ? 0 : va_arg(ap, char *);
        int n = 0;
        while (n < width && (c = in_get(in)) != EOF) {
          int in_set = 0;
          for (size_t i = 0; i < setlen; i++) {
            if (i + 2 < setlen && set[i + 1] == '-') {
              if (c >= (unsigned char)set[i] && c <= (unsigned char)set[i + 2]) in_set = 1;
              i += 2;
            } else if (c == (unsigned char)set[i]) {
              in_set = 1;
            }
          }
          if (in_set == invert) {
            in_unget(in, c);
            break;
          }
          if (dst) dst[n] = (char)c;
          n++;
        }
        if (n == 0) return assigned;
        if (dst) {
          dst[n] = 0;
          assigned++;
        }
        break;
      }
      default:
        return assigned;
    }
  }
  return assigned;
}

int vsscanf(const char *s, const char *fmt, va_list ap) {
  struct in in = {s, 0, 0};
  return vscan(&in, fmt, ap);
}

int vfscanf(FILE *f, const char *fmt, va_list ap) {
  struct in in = {0, f, 0};
  return vscan(&in, fmt, ap);
}

int sscanf(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsscanf(s, fmt, ap);
  va_end(ap);
  return n;
}

int fscanf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfscanf(f, fmt, ap);
  va_end(ap);
  return n;
}

int scanf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfscanf(stdin, fmt, ap);
  va_end(ap);
  return n;
}
