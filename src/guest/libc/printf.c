/* The printf family: one formatter writing into a small chunk buffer that
 * is handed to a stream (or copied into a string) when full and at the end,
 * so one printf on an unbuffered stderr is one write() system call. */
#include "internal.h"
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct out {
  FILE *f;        /* stream target, or */
  int fd;         /* raw descriptor target (dprintf) when >= 0, or */
  char *s;        /* string target with room for cap bytes (NUL included) */
  size_t cap;
  size_t total;   /* everything produced, as printf returns */
  char chunk[256];
  size_t used;
};

static void out_drain(struct out *o) {
  if (o->used == 0) return;
  if (o->f) fwrite(o->chunk, 1, o->used, o->f);
  else if (o->fd >= 0) write(o->fd, o->chunk, o->used);
  o->used = 0;
}

static void out_bytes(struct out *o, const char *p, size_t n) {
  o->total += n;
  if (o->s) {
    size_t start = o->total - n;
    for (size_t i = 0; i < n; i++)
      if (start + i + 1 < o->cap) o->s[start + i] = p[i];
    return;
  }
  while (n > 0) {
    if (o->used == sizeof o->chunk) out_drain(o);
    size_t k = sizeof o->chunk - o->used;
    if (k > n) k = n;
    memcpy(o->chunk + o->used, p, k);
    o->used += k;
    p += k;
    n -= k;
  }
}

static void out_pad(struct out *o, char c, int n) {
  while (n-- > 0) out_bytes(o, &c, 1);
}

#define FL_LEFT 1
#define FL_PLUS 2
#define FL_SPACE 4
#define FL_ALT 8
#define FL_ZERO 16

/* Emit prefix (sign, 0x) + body with width, zero padding and precision
 * zeros (min_digits) applied as C99 7.19.6.1 says. */
static void emit(struct out *o, int flags, int width, const char *prefix, const char *body,
                 size_t len, int zeros) {
  int plen = (int)strlen(prefix);
  int pad = width - plen - zeros - (int)len;
  if (!(flags & (FL_LEFT | FL_ZERO))) out_pad(o, ' ', pad);
  out_bytes(o, prefix, (size_t)plen);
  if ((flags & (FL_LEFT | FL_ZERO)) == FL_ZERO) out_pad(o, '0', pad);
  out_pad(o, '0', zeros);
  out_bytes(o, body, len);
  if (flags & FL_LEFT) out_pad(o, ' ', pad);
}

static int to_digits(char *end, unsigned long long v, int base, int upper) {
  const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char *p = end;
  if (v <= 0xffffffffULL) { /* 32-bit loop: no 64-bit division helpers */
    unsigned long w = (unsigned long)v;
    do *--p = dig[w % (unsigned)base];
    while ((w /= (unsigned)base) != 0);
  } else {
    do *--p = dig[v % (unsigned)base];
    while ((v /= (unsigned)base) != 0);
  }
  return (int)(end - p);
}

static void format_integer(struct out *o, int flags, int width, int prec, char conv,
                           unsigned long long v, int negative) {
  char buf[24];
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
  int n = to_digits(buf + sizeof buf, v, base, conv == 'X');
  const char *body = buf + sizeof buf - n;
  if (prec == 0 && v == 0) n = 0; /* "%.0d" of 0 prints nothing */
  const char *prefix = "";
  if (negative) prefix = "-";
  else if (flags & FL_PLUS) prefix = "+";
  else if (flags & FL_SPACE) prefix = " ";
  if (conv == 'p' || ((flags & FL_ALT) && v != 0 && base == 16)) prefix = conv == 'X' ? "0X" : "0x";
  int zeros = prec > n ? prec - n : 0;
  if ((flags & FL_ALT) && base == 8 && zeros == 0 && (n == 0 || body[0] != '0')) zeros = 1;
  if (prec >= 0) flags &= ~FL_ZERO;
  emit(o, flags, width, prefix, body, (size_t)n, zeros);
}

/* ---- floating point: exact decimal expansion, then rounding ----
 * A finite double is m * 2^e exactly. Multiplying out (by 2^e, or by 5^-e
 * when e < 0 since m / 2^k = m * 5^k / 10^k) in base-10^9 big integers
 * gives every decimal digit exactly, so rounding to the requested digits
 * is exact too (ties to even, like glibc). At most 767 digits. */
#define BIG_WORDS 90
#define MAX_FLOAT_PREC 400

struct decimal {
  char d[800];  /* digits, most significant first, no leading zeros */
  int n;        /* number of digits */
  int point;    /* value = 0.d[0]d[1]... * 10^point */
};

static void big_mul_small(uint32_t *w, int *len, uint32_t k) {
  uint64_t carry = 0;
  for (int i = 0; i < *len; i++) {
    uint64_t t = (uint64_t)w[i] * k + carry;
    w[i] = (uint32_t)(t % 1000000000u);
    carry = t / 1000000000u;
  }
  while (carry) {
    w[(*len)++] = (uint32_t)(carry % 1000000000u);
    carry /= 1000000000u;
  }
}

static void decimal_from_double(struct decimal *dec, uint64_t mant, int e2) {
  uint32_t w[BIG_WORDS];
  int len = 0;
  while (mant) {
    w[len++] = (uint32_t)(mant % 1000000000u);
    mant /= 1000000000u;
  }
  int shift10 = 0;
  if (e2 >= 0) {
    for (; e2 >= 29; e2 -= 29) big_mul_small(w, &len, 1u << 29);
    big_mul_small(w, &len, 1u << e2);
  } else {
    shift10 = -e2;
    int k = -e2;
    for (; k >= 13; k -= 13) big_mul_small(w, &len, 1220703125u); /* 5^13 */
    uint32_t p = 1;
    while (k--) p *= 5;
    big_mul_small(w, &len, p);
  }
  char tmp[16];
  dec->n = 0;
  for (int i = len - 1; i >= 0; i--) {
    int n = to_digits(tmp + 9, w[i], 10, 0);
    if (i != len - 1)
      while (n < 9) tmp[9 - ++n] = '0';
    memcpy(dec->d + dec->n, tmp + 9 - n, (size_t)n);
    dec->n += n;
  }
  dec->point = dec->n - shift10;
  while (dec->n > 0 && dec->d[dec->n - 1] == '0') dec->n--; /* trailing zeros */
}

/* Keep `keep` digits (keep may be <= 0: everything rounds away). */
static void decimal_round(struct decimal *dec, int keep) {
  if (keep >= dec->n) return;
  if (keep < 0) {
    dec->n = 0;
    return;
  }
  int up;
  char next = dec->d[keep];
  if (next > '5') up = 1;
  else if (next < '5') up = 0;
  else if (dec->n > keep + 1) up = 1; /* something nonzero after the 5 */
  else up = keep > 0 ? (dec->d[keep - 1] - '0') & 1 : 0; /* a tie: to even */
  dec->n = keep;
  if (!up) return;
  int i = keep - 1;
  while (i >= 0 && dec->d[i] == '9') i--;
  if (i < 0) { /* 999 -> 1000 */
    dec->d[0] = '1';
    dec->n = 1;
    dec->point++;
    return;
  }
  dec->d[i]++;
  dec->n = i + 1;
}

static char digit_at(const struct decimal *dec, int i) {
  return i >= 0 && i < dec->n ? dec->d[i] : '0';
}

/* %f body: integer digits, point, prec fraction digits. */
static int body_fixed(char *b, const struct decimal *dec, int prec, int alt) {
  int n = 0;
  if (dec->point <= 0) b[n++] = '0';
  for (int i = 0; i < dec->point; i++) b[n++] = digit_at(dec, i);
  if (prec > 0 || alt) b[n++] = '.';
  for (int i = 0; i < prec; i++) b[n++] = digit_at(dec, dec->point + i);
  return n;
}

/* %e body: d.ddde+XX */
static int body_exp(char *b, const struct decimal *dec, int prec, int alt, int upper) {
  int n = 0;
  b[n++] = digit_at(dec, 0);
  if (prec > 0 || alt) b[n++] = '.';
  for (int i = 1; i <= prec; i++) b[n++] = digit_at(dec, i);
  int x = dec->n ? dec->point - 1 : 0;
  b[n++] = upper ? 'E' : 'e';
  b[n++] = x < 0 ? '-' : '+';
  if (x < 0) x = -x;
  char tmp[8];
  int k = to_digits(tmp + 8, (unsigned)x, 10, 0);
  if (k < 2) b[n++] = '0';
  memcpy(b + n, tmp + 8 - k, (size_t)k);
  return n + k;
}

static int strip_zeros(char *b, int n) {
  if (!memchr(b, '.', (size_t)n)) return n;
  while (b[n - 1] == '0') n--;
  if (b[n - 1] == '.') n--;
  return n;
}

/* Format |v| into b for conversion f, e, g (upper case for F, E, G). */
int __fmt_double(char *b, size_t cap, double v, int prec, char conv, int alt) {
  union { double d; uint64_t u; } bits = {v};
  int e = (int)((bits.u >> 52) & 0x7ff);
  uint64_t mant = bits.u & 0xfffffffffffffULL;
  int upper = conv == 'F' || conv == 'E' || conv == 'G';
  char c = (char)(conv | 32);
  if (e == 0x7ff) {
    memcpy(b, mant ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
    return 3;
  }
  if (prec < 0) prec = 6;
  if (prec > MAX_FLOAT_PREC) prec = MAX_FLOAT_PREC;
  if (cap < 2 * MAX_FLOAT_PREC) return 0;
  struct decimal dec;
  if (e == 0) e = 1; /* subnormal */
  else mant |= 1ULL << 52;
  decimal_from_double(&dec, mant, e - 1075);
  if (dec.n == 0) dec.point = 1; /* zero */
  if (c == 'f') {
    decimal_round(&dec, dec.point + prec);
    return body_fixed(b, &dec, prec, alt);
  }
  if (c == 'e') {
    decimal_round(&dec, prec + 1);
    return body_exp(b, &dec, prec, alt, upper);
  }
  /* %g: P significant digits; style e if the exponent X < -4 or X >= P */
  int p = prec == 0 ? 1 : prec;
  decimal_round(&dec, p);
  int x = dec.n ? dec.point - 1 : 0;
  int n = (x < -4 || x >= p) ? body_exp(b, &dec, p - 1, alt, upper)
                             : body_fixed(b, &dec, p - 1 - x, alt);
  if (alt) return n;
  if (x < -4 || x >= p) { /* strip zeros before the exponent */
    char *ex = memchr(b, upper ? 'E' : 'e', (size_t)n);
    int mlen = strip_zeros(b, (int)(ex - b));
    int elen = n - (int)(ex - b);
    memmove(b + mlen, ex, (size_t)elen);
    return mlen + elen;
  }
  return strip_zeros(b, n);
}

static void format_double(struct out *o, int flags, int width, int prec, char conv, double v) {
  char body[2 * MAX_FLOAT_PREC + 400];
  union { double d; uint64_t u; } bits = {v};
  int negative = (int)(bits.u >> 63);
  int n = __fmt_double(body, sizeof body, negative ? -v : v, prec, conv, flags & FL_ALT);
  const char *prefix = negative ? "-" : (flags & FL_PLUS) ? "+" : (flags & FL_SPACE) ? " " : "";
  if (body[0] == 'i' || body[0] == 'n' || body[0] == 'I' || body[0] == 'N') flags &= ~FL_ZERO;
  emit(o, flags, width, prefix, body, (size_t)n, 0);
}

/* ---- the format string ---- */
static int vformat(struct out *o, const char *fmt, va_list ap) {
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      const char *q = p;
      while (q[1] && q[1] != '%') q++;
      out_bytes(o, p, (size_t)(q - p + 1));
      p = q;
      continue;
    }
    p++;
    int flags = 0;
    for (;; p++) {
      if (*p == '-') flags |= FL_LEFT;
      else if (*p == '+') flags |= FL_PLUS;
      else if (*p == ' ') flags |= FL_SPACE;
      else if (*p == '#') flags |= FL_ALT;
      else if (*p == '0') flags |= FL_ZERO;
      else break;
    }
    int width = 0, prec = -1;
    if (*p == '*') {
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= FL_LEFT;
        width = -width;
      }
      p++;
    } else {
      while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
      p++;
      prec = 0;
      if (*p == '*') {
        prec = va_arg(ap, int);
        if (prec < 0) prec = -1;
        p++;
      } else {
        while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
      }
    }
    int size = 0; /* -2 hh, -1 h, 0 int, 1 long, 2 long long */
    for (;; p++) {
      if (*p == 'h') size--;
      else if (*p == 'l') size++;
      else if (*p == 'z' || *p == 't') size = 1;
      else if (*p == 'j' || *p == 'q') size = 2;
      else if (*p == 'L') size = 3;
      else break;
    }
    char conv = *p;
    switch (conv) {
      case 'd':
      case 'i': {
        long long v = size >= 2 ? va_arg(ap, long long) : size == 1 ? va_arg(ap, long) : va_arg(ap, int);
        if (size == -1) v = (short)v;
        if (size == -2) v = (signed char)v;
        unsigned long long mag = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
        format_integer(o, flags, width, prec, conv, mag, v < 0);
        break;
      }
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        unsigned long long v = size >= 2 ? va_arg(ap, unsigned long long)
                             : size == 1 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
        if (size == -1) v = (unsigned short)v;
        if (size == -2) v = (unsigned char)v;
        format_integer(o, flags & ~(FL_PLUS | FL_SPACE), width, prec, conv, v, 0);
        break;
      }
      case 'p': {
        void *v = va_arg(ap, void *);
        if (!v) emit(o, flags & ~FL_ZERO, width, "", "(nil)", 5, 0);
        else format_integer(o, flags, width, prec, 'p', (uintptr_t)v, 0);
        break;
      }
      case 'c': {
        char c = (char)va_arg(ap, int);
        emit(o, flags & ~FL_ZERO, width, "", &c, 1, 0);
        break;
      }
      case 's': {
        const char *s = va_arg(ap, const char *);
        if (!s) s = "(null)";
        size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
        emit(o, flags & ~FL_ZERO, width, "", s, n, 0);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
      case 'a': /* hex floats are not supported; print as %g */
      case 'A':
        format_double(o, flags, width, prec, conv == 'a' ? 'g' : conv == 'A' ? 'G' : conv,
                      va_arg(ap, double));
        break;
      case 'n':
        *va_arg(ap, int *) = (int)o->total;
        break;
      case 'm': {
        const char *s = strerror(errno);
        emit(o, flags & ~FL_ZERO, width, "", s, strlen(s), 0);
        break;
      }
      case '%':
        out_bytes(o, "%", 1);
        break;
      default: /* unknown conversion: print it as written */
        out_bytes(o, "%", 1);
        if (!conv) return (int)o->total;
        out_bytes(o, &conv, 1);
    }
  }
  return (int)o->total;
}

/* One printf is one piece of output even with threads: the stream lock is
 * held for the whole call (it is recursive, so fwrite can take it again). */
int vfprintf(FILE *f, const char *fmt, va_list ap) {
  __libc_lock();
  struct out o;
  o.f = f;
  o.fd = -1;
  o.s = 0;
  o.total = o.used = 0;
  int n = vformat(&o, fmt, ap);
  out_drain(&o);
  if (ferror(f)) n = -1;
  __libc_unlock();
  return n;
}

int vdprintf(int fd, const char *fmt, va_list ap) {
  struct out o;
  o.f = 0;
  o.fd = fd;
  o.s = 0;
  o.total = o.used = 0;
  int n = vformat(&o, fmt, ap);
  out_drain(&o);
  return n;
}

int vsnprintf(char *s, size_t cap, const char *fmt, va_list ap) {
  struct out o;
  o.f = 0;
  o.fd = -1;
  o.s = s;
  o.cap = cap;
  o.total = o.used = 0;
  int n = vformat(&o, fmt, ap);
  if (cap) s[(size_t)n < cap ? (size_t)n : cap - 1] = 0;
  return n;
}

int vsprintf(char *s, const char *fmt, va_list ap) { return vsnprintf(s, (size_t)-1 / 2, fmt, ap); }
int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return n;
}

int fprintf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfprintf(f, fmt, ap);
  va_end(ap);
  return n;
}

int dprintf(int fd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vdprintf(fd, fmt, ap);
  va_end(ap);
  return n;
}

int sprintf(char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsprintf(s, fmt, ap);
  va_end(ap);
  return n;
}

int snprintf(char *s, size_t cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(s, cap, fmt, ap);
  va_end(ap);
  return n;
}
