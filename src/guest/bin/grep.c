/* grep [-v] [-c] [-n] [-i] [-q] PATTERN [FILE...]
 * Basic regular expressions: literal characters, '.', '*', '^', '$',
 * [set], [^set] with ranges, and \c for a literal c. `ps ax | grep
 * "[z]ombie"` works: [z] matches z, but the grep line itself does not
 * contain "zombie" literally. The matcher is the recursive one from
 * Kernighan and Pike, extended with bracket sets. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int opt_invert, opt_count, opt_number, opt_icase, opt_quiet;

/* One pattern element: where it starts, how long it is in the pattern. */
static int element_length(const char *re) {
  if (re[0] == '\\' && re[1]) return 2;
  if (re[0] == '[') {
    const char *p = re + 1;
    if (*p == '^') p++;
    if (*p == ']') p++;
    while (*p && *p != ']') p++;
    return *p ? (int)(p - re + 1) : 1;
  }
  return 1;
}

static int same(int a, int b) {
  return opt_icase ? tolower(a) == tolower(b) : a == b;
}

/* Does the single element at re match character c? */
static int element_matches(const char *re, int len, int c) {
  if (c == 0) return 0;
  if (len == 2 && re[0] == '\\') return same(re[1], c);
  if (re[0] == '.' && len == 1) return 1;
  if (re[0] == '[' && len > 1) {
    const char *p = re + 1, *end = re + len - 1;
    int negate = *p == '^';
    if (negate) p++;
    int in = 0;
    for (int first = 1; p < end; p++, first = 0) {
      if (p + 2 < end && p[1] == '-') {
        int lo = (unsigned char)p[0], hi = (unsigned char)p[2];
        if ((c >= lo && c <= hi) || (opt_icase && tolower(c) >= tolower(lo) && tolower(c) <= tolower(hi))) in = 1;
        p += 2;
      } else if (same((unsigned char)*p, c) || (first && *p == ']' && c == ']')) {
        in = 1;
      }
    }
    return in != negate;
  }
  return same((unsigned char)re[0], c);
}

static int match_here(const char *re, const char *text);

/* element* : try the longest run first, then shorter ones. */
static int match_star(const char *elem, int len, const char *re, const char *text) {
  const char *t = text;
  while (element_matches(elem, len, (unsigned char)*t)) t++;
  do {
    if (match_here(re, t)) return 1;
  } while (t-- > text);
  return 0;
}

static int match_here(const char *re, const char *text) {
  if (re[0] == 0) return 1;
  if (re[0] == '$' && re[1] == 0) return *text == 0;
  int len = element_length(re);
  if (re[len] == '*') return match_star(re, len, re + len + 1, text);
  if (element_matches(re, len, (unsigned char)*text)) return match_here(re + len, text + 1);
  return 0;
}

static int match(const char *re, const char *text) {
  if (re[0] == '^') return match_here(re + 1, text);
  do {
    if (match_here(re, text)) return 1;
  } while (*text++);
  return 0;
}

/* Returns the number of selected lines. */
static long grep_stream(const char *re, FILE *f, const char *name) {
  char *line = 0;
  size_t cap = 0;
  ssize_t n;
  long count = 0, lineno = 0;
  while ((n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
    if (match(re, line) == opt_invert) continue;
    count++;
    if (opt_quiet) break;
    if (opt_count) continue;
    if (name) printf("%s:", name);
    if (opt_number) printf("%ld:", lineno);
    printf("%s\n", line);
  }
  free(line);
  if (opt_count && !opt_quiet) {
    if (name) printf("%s:", name);
    printf("%ld\n", count);
  }
  return count;
}

int main(int argc, char **argv) {
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    for (const char *o = argv[i] + 1; *o; o++) {
      switch (*o) {
        case 'v': opt_invert = 1; break;
        case 'c': opt_count = 1; break;
        case 'n': opt_number = 1; break;
        case 'i': opt_icase = 1; break;
        case 'q': opt_quiet = 1; break;
        default:
          fprintf(stderr, "grep: unknown option -%c\nusage: grep [-vcniq] PATTERN [FILE...]\n", *o);
          return 2;
      }
    }
  }
  if (i >= argc) {
    fprintf(stderr, "usage: grep [-vcniq] PATTERN [FILE...]\n");
    return 2;
  }
  const char *re = argv[i++];
  long found = 0;
  int errors = 0;
  if (i == argc) found = grep_stream(re, stdin, 0);
  for (int first = i; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (!f) {
      fprintf(stderr, "grep: %s: No such file or directory\n", argv[i]);
      errors = 1;
      continue;
    }
    found += grep_stream(re, f, argc - first > 1 ? argv[i] : 0);
    fclose(f);
  }
  return errors ? 2 : found ? 0 : 1;
}
