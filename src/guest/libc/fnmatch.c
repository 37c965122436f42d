/* fnmatch: shell wildcards. '*' tries every split point (recursion on the
 * rest), which is simple and fast enough for file names. */
#include <fnmatch.h>

/* [set] at p (just after '['): returns the char after ']' if c is in the
 * set (or not in it, for [!set]), 0 if not matched, p - 1 if malformed. */
static const char *match_set(const char *p, int c, int flags) {
  int negate = *p == '!' || *p == '^';
  if (negate) p++;
  int in = 0;
  for (int first = 1; first || *p != ']'; first = 0) {
    if (!*p) return 0; /* no closing ']': not a set */
    int lo = (unsigned char)*p;
    if (lo == '\\' && !(flags & FNM_NOESCAPE) && p[1]) lo = (unsigned char)*++p;
    if (p[1] == '-' && p[2] && p[2] != ']') {
      int hi = (unsigned char)p[2];
      if (c >= lo && c <= hi) in = 1;
      p += 3;
    } else {
      if (c == lo) in = 1;
      p++;
    }
  }
  return in != negate ? p + 1 : 0;
}

static int match(const char *p, const char *s, const char *start, int flags) {
  for (; *p; p++, s++) {
    int period = *s == '.' && (flags & FNM_PERIOD) &&
                 (s == start || ((flags & FNM_PATHNAME) && s[-1] == '/'));
    switch (*p) {
      case '?':
        if (!*s || period || ((flags & FNM_PATHNAME) && *s == '/')) return FNM_NOMATCH;
        break;
      case '*':
        if (period) return FNM_NOMATCH;
        while (p[1] == '*') p++;
        for (;; s++) {
          if (match(p + 1, s, start, flags & ~FNM_PERIOD) == 0) return 0;
          if (!*s || ((flags & FNM_PATHNAME) && *s == '/')) return FNM_NOMATCH;
        }
      case '[': {
        if (!*s || period || ((flags & FNM_PATHNAME) && *s == '/')) return FNM_NOMATCH;
        const char *next = match_set(p + 1, (unsigned char)*s, flags);
        if (!next) return FNM_NOMATCH;
        p = next - 1;
        break;
      }
      case '\\':
        if (!(flags & FNM_NOESCAPE) && p[1]) p++;
        /* fall through */
      default:
        if (*p != *s) return FNM_NOMATCH;
    }
  }
  return *s ? FNM_NOMATCH : 0;
}

int fnmatch(const char *pattern, const char *string, int flags) {
  return match(pattern, string, string, flags);
}
