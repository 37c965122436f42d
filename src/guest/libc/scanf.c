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

/* strtod: decimal mantissa (19 significant digits) times a power of ten.
 * Close but not always correctly rounded in the last bit. */
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
  double v = (double)mant;
  /* scale by 10^|exp10| in exact-as-possible steps */
  double scale = 1;
  int e = exp10 < 0 ? -exp10 : exp10;
  double pow10 = 10;
  for (; e; e >>= 1, pow10 *= pow10)
    if (e & 1) scale *= pow10;
  if (exp10 < 0) {
    if (exp10 < -300) { /* avoid 10^-exp overflowing before the divide */
      v /= 1e300;
      scale /= 1e300;
    }
    v /= scale;
  } else {
    v *= scale;
  }
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
