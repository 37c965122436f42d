/* A small regular-expression matcher for grep: POSIX basic (BRE) and
 * extended (ERE) syntax, compiled to a tiny program and run as a Pike VM
 * (Thompson's construction: every possible match is followed at once, so
 * the time is linear in the line length, with no backtracking blow-up).
 *
 * Plain C99 with no guest-only headers, so a host doctest compiles this
 * same file (tests/userland/regex_test.cpp). */
#ifndef FORKLAB_REGEX_H
#define FORKLAB_REGEX_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
  REGEX_EXTENDED = 1,  /* ERE: + ? | ( ) { } are operators without a backslash */
  REGEX_ICASE = 2,     /* ignore case */
  REGEX_LITERAL = 4    /* grep -F: every character stands for itself */
};

struct regex_inst;
struct regex {
  struct regex_inst *prog;
  int n;
  unsigned char (*sets)[32];  /* bracket expressions as 256-bit sets */
  int nsets;
  int *lists;                 /* scratch for regex_search */
};

/* Compiles pattern; returns 0, or -1 with a message (GNU grep's wording)
 * in err. */
int regex_compile(struct regex *re, const char *pattern, int flags, char *err, size_t errlen);

/* 1 if the regex matches somewhere in text[0..len), else 0. */
int regex_search(struct regex *re, const char *text, size_t len);

void regex_free(struct regex *re);

#ifdef __cplusplus
}
#endif

#endif
