/* Test fixture: the smallest C runtime the compiler corpus needs (see
 * README.md). Linux RISC-V system calls: write 64, exit_group 94. */
#include <stdarg.h>
#include <stddef.h>

static long sys3(long n, long a, long b, long c) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
  return a0;
}

struct _FILE { int fd; char buf[4096]; int len; };
static struct _FILE out_file = {1, {0}, 0}, err_file = {2, {0}, 0};
struct _FILE *stdout = &out_file, *stderr = &err_file;

long write(int fd, const void *buf, size_t n) { return sys3(64, fd, (long)buf, (long)n); }
int getpid(void) { return (int)sys3(172, 0, 0, 0); }

int fflush(struct _FILE *f) {
  if (!f) f = stdout;
  int off = 0;
  while (off < f->len) {
    long w = write(f->fd, f->buf + off, f->len - off);
    if (w <= 0) break;
    off += (int)w;
  }
  f->len = 0;
  return 0;
}

void _exit(int status) {
  for (;;) sys3(94, status, 0, 0);
}
void exit(int status) {
  fflush(stdout);
  fflush(stderr);
  _exit(status);
}
void abort(void) {
  fflush(stdout);
  _exit(134);
}

int fputc(int c, struct _FILE *f) {
  f->buf[f->len++] = (char)c;
  if (f->len == (int)sizeof f->buf || f == stderr) fflush(f);
  return (unsigned char)c;
}
int putc(int c, struct _FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }
int fputs(const char *s, struct _FILE *f) {
  while (*s) fputc(*s++, f);
  return 0;
}
int puts(const char *s) {
  fputs(s, stdout);
  fputc('\n', stdout);
  return 0;
}

/* ---- string.h ---- */
size_t strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return (unsigned char)*a - (unsigned char)*b;
}
int strncmp(const char *a, const char *b, size_t n) {
  for (; n; n--, a++, b++) {
    if (*a != *b) return (unsigned char)*a - (unsigned char)*b;
    if (!*a) return 0;
  }
  return 0;
}
char *strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) continue; return r; }
char *strncpy(char *d, const char *s, size_t n) {
  size_t i = 0;
  for (; i < n && s[i]; i++) d[i] = s[i];
  for (; i < n; i++) d[i] = 0;
  return d;
}
char *strcat(char *d, const char *s) { strcpy(d + strlen(d), s); return d; }
char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c) return (char *)s;
    if (!*s) return 0;
  }
}
char *strrchr(const char *s, int c) {
  const char *r = 0;
  for (;; s++) {
    if (*s == (char)c) r = s;
    if (!*s) return (char *)r;
  }
}
char *strstr(const char *h, const char *n) {
  size_t k = strlen(n);
  for (; *h; h++) if (strncmp(h, n, k) == 0) return (char *)h;
  return k ? 0 : (char *)h;
}
void *memcpy(void *d, const void *s, size_t n) {
  char *dp = d; const char *sp = s;
  while (n--) *dp++ = *sp++;
  return d;
}
void *memmove(void *d, const void *s, size_t n) {
  char *dp = d; const char *sp = s;
  if (dp < sp) while (n--) *dp++ = *sp++;
  else while (n--) dp[n] = sp[n];
  return d;
}
void *memset(void *d, int c, size_t n) { char *p = d; while (n--) *p++ = (char)c; return d; }
int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *x = a, *y = b;
  for (; n; n--, x++, y++) if (*x != *y) return *x - *y;
  return 0;
}

/* ---- ctype.h ---- */
int isdigit(int c) { return c >= '0' && c <= '9'; }
int isupper(int c) { return c >= 'A' && c <= 'Z'; }
int islower(int c) { return c >= 'a' && c <= 'z'; }
int isalpha(int c) { return isupper(c) || islower(c); }
int isalnum(int c) { return isalpha(c) || isdigit(c); }
int isspace(int c) { return c == ' ' || (c >= 9 && c <= 13); }
int isxdigit(int c) { return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int isprint(int c) { return c >= 32 && c < 127; }
int ispunct(int c) { return isprint(c) && !isalnum(c) && c != ' '; }
int toupper(int c) { return islower(c) ? c - 32 : c; }
int tolower(int c) { return isupper(c) ? c + 32 : c; }

/* ---- stdlib.h ---- */
static char heap[1 << 22];
static size_t heap_used;
void *malloc(size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (heap_used + n + 16 > sizeof heap) return 0;
  size_t *p = (size_t *)(heap + heap_used);
  *p = n;
  heap_used += n + 16;
  return (char *)p + 16;
}
void free(void *p) { (void)p; }
void *calloc(size_t n, size_t size) { void *p = malloc(n * size); if (p) memset(p, 0, n * size); return p; }
void *realloc(void *p, size_t n) {
  void *q = malloc(n);
  if (p && q) {
    size_t old = *(size_t *)((char *)p - 16);
    memcpy(q, p, old < n ? old : n);
  }
  return q;
}
long strtol(const char *s, char **end, int base) {
  while (isspace(*s)) s++;
  int neg = 0;
  if (*s == '-' || *s == '+') neg = *s++ == '-';
  if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2, base = 16;
  if (base == 0) base = *s == '0' ? 8 : 10;
  long v = 0;
  for (;; s++) {
    int d = isdigit(*s) ? *s - '0' : isalpha(*s) ? tolower(*s) - 'a' + 10 : 99;
    if (d >= base) break;
    v = v * base + d;
  }
  if (end) *end = (char *)s;
  return neg ? -v : v;
}
int atoi(const char *s) { return (int)strtol(s, 0, 10); }
long atol(const char *s) { return strtol(s, 0, 10); }
int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
  char *b = base, tmp[256];
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--) {
      memcpy(tmp, b + j * size, size);
      memcpy(b + j * size, b + (j - 1) * size, size);
      memcpy(b + (j - 1) * size, tmp, size);
    }
}
void __assert_fail(const char *expr, const char *file, int line, const char *func) {
  fflush(stdout);
  fputs(file, stderr);
  fputs(": assertion failed: ", stderr);
  fputs(expr, stderr);
  fputc('\n', stderr);
  (void)line; (void)func;
  _exit(134);
}

/* ---- 64-bit helpers (libgcc names); shift-subtract division ---- */
static unsigned long long udivmod(unsigned long long n, unsigned long long d, unsigned long long *rem) {
  unsigned long long q = 0, r = 0;
  if (d == 0) { if (rem) *rem = n; return ~0ULL; }
  for (int i = 63; i >= 0; i--) {
    r = (r << 1) | ((n >> i) & 1);
    if (r >= d) { r -= d; q |= 1ULL << i; }
  }
  if (rem) *rem = r;
  return q;
}
unsigned long long __udivdi3(unsigned long long a, unsigned long long b) { return udivmod(a, b, 0); }
unsigned long long __umoddi3(unsigned long long a, unsigned long long b) { unsigned long long r; udivmod(a, b, &r); return r; }
long long __divdi3(long long a, long long b) {
  int neg = (a < 0) != (b < 0);
  unsigned long long q = udivmod(a < 0 ? -(unsigned long long)a : a, b < 0 ? -(unsigned long long)b : b, 0);
  return neg ? -(long long)q : (long long)q;
}
long long __moddi3(long long a, long long b) {
  unsigned long long r;
  udivmod(a < 0 ? -(unsigned long long)a : a, b < 0 ? -(unsigned long long)b : b, &r);
  return a < 0 ? -(long long)r : (long long)r;
}
long long __muldi3(long long a, long long b) { return (long long)((unsigned long long)a * (unsigned long long)b); }
long long __ashldi3(long long a, int s) { return (long long)((unsigned long long)a << s); }
long long __ashrdi3(long long a, int s) { return a >> s; }
unsigned long long __lshrdi3(unsigned long long a, int s) { return a >> s; }

/* ---- printf ---- */
struct sink { char *buf; size_t cap, len; struct _FILE *f; };

static void emit(struct sink *s, char c) {
  if (s->f) fputc(c, s->f);
  else if (s->len + 1 < s->cap) s->buf[s->len] = c;
  s->len++;
}

static void emit_padded(struct sink *s, const char *body, int n, int width, int left, char pad, const char *prefix) {
  int plen = (int)strlen(prefix);
  int fill = width - n - plen;
  if (!left && pad == ' ') while (fill-- > 0) emit(s, ' ');
  while (*prefix) emit(s, *prefix++);
  if (!left && pad == '0') while (fill-- > 0) emit(s, '0');
  for (int i = 0; i < n; i++) emit(s, body[i]);
  if (left) while (fill-- > 0) emit(s, ' ');
}

static int format_double(char *out, double v, int prec) {
  /* %f for moderate magnitudes; ties round to even as glibc does for
   * exactly representable halves. */
  int n = 0;
  if (v < 0) v = -v;
  double scale = 1;
  for (int i = 0; i < prec; i++) scale *= 10;
  double r = v * scale;
  unsigned long long all = (unsigned long long)r;
  double rest = r - (double)all;
  if (rest > 0.5 || (rest == 0.5 && (all & 1))) all++;
  unsigned long long p10 = 1;
  for (int i = 0; i < prec; i++) p10 *= 10;
  unsigned long long whole = all / p10, frac = all % p10;
  char tmp[32];
  int k = 0;
  do { tmp[k++] = (char)('0' + whole % 10); whole /= 10; } while (whole);
  while (k) out[n++] = tmp[--k];
  if (prec > 0) {
    out[n++] = '.';
    for (int i = prec - 1; i >= 0; i--) { tmp[i] = (char)('0' + frac % 10); frac /= 10; }
    for (int i = 0; i < prec; i++) out[n++] = tmp[i];
  }
  return n;
}

static int vformat(struct sink *s, const char *fmt, va_list ap) {
  for (; *fmt; fmt++) {
    if (*fmt != '%') { emit(s, *fmt); continue; }
    fmt++;
    int left = 0, plus = 0, space = 0, alt = 0; char pad = ' ';
    for (;; fmt++) {
      if (*fmt == '-') left = 1;
      else if (*fmt == '0') pad = '0';
      else if (*fmt == '+') plus = 1;
      else if (*fmt == ' ') space = 1;
      else if (*fmt == '#') alt = 1;
      else break;
    }
    int width = 0, prec = -1;
    if (*fmt == '*') { width = va_arg(ap, int); if (width < 0) left = 1, width = -width; fmt++; }
    else while (isdigit(*fmt)) width = width * 10 + (*fmt++ - '0');
    if (*fmt == '.') {
      fmt++; prec = 0;
      if (*fmt == '*') { prec = va_arg(ap, int); fmt++; }
      else while (isdigit(*fmt)) prec = prec * 10 + (*fmt++ - '0');
    }
    int longs = 0;
    while (*fmt == 'l' || *fmt == 'h' || *fmt == 'z' || *fmt == 'j' || *fmt == 't') { if (*fmt == 'l' || *fmt == 'j') longs++; fmt++; }
    if (left) pad = ' ';
    char body[80]; int n = 0; const char *prefix = "";
    char c = *fmt;
    if (c == 'd' || c == 'i') {
      long long v = longs >= 2 ? va_arg(ap, long long) : va_arg(ap, int);
      unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
      char tmp[24]; int k = 0;
      do { tmp[k++] = (char)('0' + u % 10); u /= 10; } while (u);
      while (k < prec) tmp[k++] = '0';
      while (k) body[n++] = tmp[--k];
      prefix = v < 0 ? "-" : plus ? "+" : space ? " " : "";
      if (prec >= 0) pad = ' ';
    } else if (c == 'u' || c == 'x' || c == 'X' || c == 'o' || c == 'p') {
      unsigned long long u = c == 'p' ? (unsigned long)va_arg(ap, void *) : longs >= 2 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned int);
      unsigned base = c == 'u' ? 10 : c == 'o' ? 8 : 16;
      const char *digits = c == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
      char tmp[24]; int k = 0;
      int zero = u == 0;
      do { tmp[k++] = digits[u % base]; u /= base; } while (u);
      while (k < prec) tmp[k++] = '0';
      if (c == 'o' && alt && tmp[k - 1] != '0') tmp[k++] = '0';
      while (k) body[n++] = tmp[--k];
      if (c == 'p') prefix = "0x";
      else if (alt && (c == 'x' || c == 'X') && !zero) prefix = c == 'x' ? "0x" : "0X";
      if (prec >= 0) pad = ' ';
    } else if (c == 'c') {
      body[n++] = (char)va_arg(ap, int);
    } else if (c == 's') {
      const char *str = va_arg(ap, const char *);
      if (!str) str = "(null)";
      int len = (int)strlen(str);
      if (prec >= 0 && prec < len) len = prec;
      emit_padded(s, str, len, width, left, ' ', "");
      continue;
    } else if (c == 'f' || c == 'F') {
      double v = va_arg(ap, double);
      n = format_double(body, v, prec < 0 ? 6 : prec);
      prefix = v < 0 ? "-" : plus ? "+" : space ? " " : "";
    } else if (c == '%') {
      body[n++] = '%';
    } else {
      emit(s, '%');
      if (c) emit(s, c);
      if (!c) break;
      continue;
    }
    emit_padded(s, body, n, width, left, pad, prefix);
  }
  if (!s->f && s->cap) s->buf[s->len < s->cap ? s->len : s->cap - 1] = 0;
  return (int)s->len;
}

int vsnprintf(char *buf, size_t n, const char *fmt, va_list ap) { struct sink s = {buf, n, 0, 0}; return vformat(&s, fmt, ap); }
int vsprintf(char *buf, const char *fmt, va_list ap) { return vsnprintf(buf, (size_t)-1 >> 1, fmt, ap); }
int vfprintf(struct _FILE *f, const char *fmt, va_list ap) { struct sink s = {0, 0, 0, f}; return vformat(&s, fmt, ap); }
int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }
int printf(const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = vprintf(fmt, ap); va_end(ap); return r; }
int fprintf(struct _FILE *f, const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = vfprintf(f, fmt, ap); va_end(ap); return r; }
int sprintf(char *buf, const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = vsprintf(buf, fmt, ap); va_end(ap); return r; }
int snprintf(char *buf, size_t n, const char *fmt, ...) { va_list ap; va_start(ap, fmt); int r = vsnprintf(buf, n, fmt, ap); va_end(ap); return r; }
