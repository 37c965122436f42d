/* <stdlib.h>: number parsing, sorting, the environment, rand. */
#include "internal.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The common core of strto{l,ul,ll,ull}: parse sign, base prefix and
 * digits; saturate at `limit` (the magnitude bound for this sign) and
 * report ERANGE. */
static unsigned long long parse_integer(const char *s, char **end, int base, int *neg,
                                        unsigned long long limit_pos,
                                        unsigned long long limit_neg) {
  const char *p = s;
  while (isspace((unsigned char)*p)) p++;
  *neg = 0;
  if (*p == '+' || *p == '-') *neg = *p++ == '-';
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && isxdigit((unsigned char)p[2])) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = *p == '0' ? 8 : 10;
  }
  unsigned long long limit = *neg ? limit_neg : limit_pos;
  unsigned long long v = 0;
  int any = 0, over = 0;
  for (;; p++) {
    int c = (unsigned char)*p, d;
    if (isdigit(c)) d = c - '0';
    else if (isalpha(c)) d = (c | 32) - 'a' + 10;
    else break;
    if (d >= base) break;
    any = 1;
    if (v > (limit - (unsigned long long)d) / (unsigned long long)base) over = 1;
    else v = v * (unsigned long long)base + (unsigned long long)d;
  }
  if (end) *end = (char *)(any ? p : s);
  if (over) {
    errno = ERANGE;
    return limit;
  }
  return v;
}

long strtol(const char *s, char **end, int base) {
  int neg;
  unsigned long long v = parse_integer(s, end, base, &neg, LONG_MAX, (unsigned long long)LONG_MAX + 1);
  return neg ? (long)(0 - (unsigned long)v) : (long)v;
}

long long strtoll(const char *s, char **end, int base) {
  int neg;
  unsigned long long v = parse_integer(s, end, base, &neg, LLONG_MAX, (unsigned long long)LLONG_MAX + 1);
  return neg ? (long long)(0 - v) : (long long)v;
}

/* strtoul accepts a minus sign and negates in unsigned arithmetic (C99). */
unsigned long strtoul(const char *s, char **end, int base) {
  int neg;
  unsigned long long v = parse_integer(s, end, base, &neg, ULONG_MAX, ULONG_MAX);
  return neg ? (unsigned long)(0 - v) : (unsigned long)v;
}

unsigned long long strtoull(const char *s, char **end, int base) {
  int neg;
  unsigned long long v = parse_integer(s, end, base, &neg, ULLONG_MAX, ULLONG_MAX);
  return neg ? 0 - v : v;
}

intmax_t strtoimax(const char *s, char **end, int base) { return strtoll(s, end, base); }
uintmax_t strtoumax(const char *s, char **end, int base) { return strtoull(s, end, base); }
int atoi(const char *s) { return (int)strtol(s, 0, 10); }
long atol(const char *s) { return strtol(s, 0, 10); }
long long atoll(const char *s) { return strtoll(s, 0, 10); }
double atof(const char *s) { return strtod(s, 0); }

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }
div_t div(int a, int b) { div_t r = {a / b, a % b}; return r; }
ldiv_t ldiv(long a, long b) { ldiv_t r = {a / b, a % b}; return r; }
lldiv_t lldiv(long long a, long long b) { lldiv_t r = {a / b, a % b}; return r; }

/* rand: the LCG of the C standard's example, so sequences match the book. */
static unsigned long long rand_state = 1;
int rand(void) {
  rand_state = rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
  return (int)(rand_state >> 33);
}
void srand(unsigned seed) { rand_state = seed - 1ULL; }
long random(void) { return rand(); }
void srandom(unsigned seed) { srand(seed); }

/* qsort: insertion sort for short runs, otherwise quicksort on the median
 * of three, recursing into the smaller half so the stack stays O(log n). */
static void swap_bytes(char *a, char *b, size_t size) {
  while (size--) {
    char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *)) {
  char *b = base;
  while (n > 8) {
    char *mid = b + n / 2 * size, *last = b + (n - 1) * size;
    if (cmp(mid, b) < 0) swap_bytes(mid, b, size);
    if (cmp(last, mid) < 0) swap_bytes(last, mid, size);
    if (cmp(mid, b) < 0) swap_bytes(mid, b, size);
    swap_bytes(mid, b, size); /* pivot to the front */
    size_t i = 1, j = n - 1;
    for (;;) {
      while (i <= j && cmp(b + i * size, b) < 0) i++;
      while (j >= i && cmp(b + j * size, b) > 0) j--;
      if (i >= j) break;
      swap_bytes(b + i * size, b + j * size, size);
      i++;
      j--;
    }
    swap_bytes(b, b + j * size, size); /* pivot to its place */
    size_t left = j, right = n - j - 1;
    if (left < right) {
      qsort(b, left, size, cmp);
      b += (j + 1) * size;
      n = right;
    } else {
      qsort(b + (j + 1) * size, right, size, cmp);
      n = left;
    }
  }
  for (size_t i = 1; i < n; i++)
    for (size_t k = i; k > 0 && cmp(b + (k - 1) * size, b + k * size) > 0; k--)
      swap_bytes(b + (k - 1) * size, b + k * size, size);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *)) {
  const char *b = base;
  while (n > 0) {
    const char *mid = b + n / 2 * size;
    int c = cmp(key, mid);
    if (c == 0) return (void *)mid;
    if (c > 0) {
      b = mid + size;
      n -= n / 2 + 1;
    } else {
      n /= 2;
    }
  }
  return 0;
}

/* The environment: crt0's array until the first change, then a malloc'd
 * copy we own. */
static int env_owned;

static char **env_find(const char *name, size_t len) {
  if (!environ) return 0;
  for (char **e = environ; *e; e++)
    if (strncmp(*e, name, len) == 0 && (*e)[len] == '=') return e;
  return 0;
}

char *getenv(const char *name) {
  size_t len = strlen(name);
  char **e = env_find(name, len);
  return e ? *e + len + 1 : 0;
}

static int env_count(void) {
  int n = 0;
  while (environ && environ[n]) n++;
  return n;
}

/* Append or replace "NAME=value" (s is kept, not copied, as putenv says). */
int putenv(char *s) {
  char *eq = strchr(s, '=');
  if (!eq) return unsetenv(s);
  char **e = env_find(s, (size_t)(eq - s));
  if (e) {
    *e = s;
    return 0;
  }
  int n = env_count();
  char **fresh = malloc((size_t)(n + 2) * sizeof *fresh);
  if (!fresh) return -1;
  if (n) memcpy(fresh, environ, (size_t)n * sizeof *fresh);
  fresh[n] = s;
  fresh[n + 1] = 0;
  if (env_owned) free(environ);
  environ = fresh;
  env_owned = 1;
  return 0;
}

int setenv(const char *name, const char *value, int overwrite) {
  if (!name || !*name || strchr(name, '=')) return __syscall_fail(EINVAL);
  if (!overwrite && getenv(name)) return 0;
  size_t nl = strlen(name), vl = strlen(value);
  char *s = malloc(nl + vl + 2);
  if (!s) return -1;
  memcpy(s, name, nl);
  s[nl] = '=';
  memcpy(s + nl + 1, value, vl + 1);
  return putenv(s);
}

int unsetenv(const char *name) {
  size_t len = strlen(name);
  char **e;
  while ((e = env_find(name, len)))
    for (; *e; e++) e[0] = e[1];
  return 0;
}

int clearenv(void) {
  if (env_owned) free(environ);
  environ = 0;
  env_owned = 0;
  return 0;
}

int mkstemp(char *tmpl) {
  size_t n = strlen(tmpl);
  if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX")) return __syscall_fail(EINVAL);
  static unsigned counter;
  for (int tries = 0; tries < 100; tries++) {
    unsigned v = (unsigned)getpid() * 7919u + counter++ * 104729u;
    for (int i = 0; i < 6; i++, v /= 26) tmpl[n - 6 + i] = (char)('a' + v % 26);
    int fd = open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

/* getopt: POSIX's, with "optstring" leading ':' for silent errors. */
char *optarg;
int optind = 1, opterr = 1, optopt;
static int optpos = 1;

int getopt(int argc, char *const argv[], const char *opts) {
  if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || !argv[optind][1]) return -1;
  if (strcmp(argv[optind], "--") == 0) {
    optind++;
    return -1;
  }
  int c = (unsigned char)argv[optind][optpos];
  const char *spec = c == ':' ? 0 : strchr(opts, c);
  int silent = opts[0] == ':';
  if (!argv[optind][++optpos]) {
    optind++;
    optpos = 1;
  }
  if (!spec) {
    optopt = c;
    if (opterr && !silent) {
      write(2, argv[0], strlen(argv[0]));
      write(2, ": invalid option\n", 17);
    }
    return '?';
  }
  if (spec[1] == ':') {
    if (optpos > 1) {
      optarg = (char *)&argv[optind][optpos];
      optind++;
      optpos = 1;
    } else if (optind < argc) {
      optarg = argv[optind++];
    } else {
      optopt = c;
      if (opterr && !silent) {
        write(2, argv[0], strlen(argv[0]));
        write(2, ": option requires an argument\n", 30);
      }
      return silent ? ':' : '?';
    }
  }
  return c;
}
