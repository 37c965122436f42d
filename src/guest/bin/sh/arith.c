/* $((expression)): POSIX shell arithmetic on long integers, with C's
 * operators and precedence (no assignment operators). Names are variables
 * (unset or empty: 0). The text was already $-expanded by the caller.
 *
 *   expr    = or
 *   or      = and { '||' and }        and   = bitor { '&&' bitor }
 *   bitor   = bitxor { '|' bitxor }   bitxor = bitand { '^' bitand }
 *   bitand  = equal { '&' equal }     equal = compare { ('=='|'!=') compare }
 *   compare = shift { ('<'|'<='|'>'|'>=') shift }
 *   shift   = sum { ('<<'|'>>') sum } sum   = product { ('+'|'-') product }
 *   product = unary { ('*'|'/'|'%') unary }
 *   unary   = ('-'|'+'|'!'|'~') unary | '(' expr ')' | NUMBER | NAME */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

struct arith {
  const char *p;
  int error;  /* a syntax error or a division by zero */
};

static long arith_expr(struct arith *a);

static void arith_blanks(struct arith *a) {
  while (*a->p == ' ' || *a->p == '\t' || *a->p == '\n') a->p++;
}

/* Takes the operator op if it comes next (and is not the start of a
 * longer one, like '<' of "<<"). */
static int arith_take(struct arith *a, const char *op) {
  size_t n = strlen(op);
  arith_blanks(a);
  if (strncmp(a->p, op, n) != 0) return 0;
  if (n == 1 && a->p[1] == op[0] && strchr("&|<>", op[0])) return 0;
  if (n == 1 && a->p[1] == '=' && strchr("<>!", op[0])) return 0;
  a->p += n;
  return 1;
}

static long arith_unary(struct arith *a) {
  arith_blanks(a);
  if (arith_take(a, "-")) return -arith_unary(a);
  if (arith_take(a, "+")) return arith_unary(a);
  if (arith_take(a, "!")) return !arith_unary(a);
  if (arith_take(a, "~")) return ~arith_unary(a);
  if (arith_take(a, "(")) {
    long v = arith_expr(a);
    if (!arith_take(a, ")")) a->error = 1;
    return v;
  }
  if (isdigit((unsigned char)*a->p)) {
    char *end;
    long v = strtol(a->p, &end, 0);  /* 0x1f and 017 as in C */
    a->p = end;
    return v;
  }
  if (isalpha((unsigned char)*a->p) || *a->p == '_') {
    char name[128];
    size_t n = 0;
    const char *value;
    while ((isalnum((unsigned char)*a->p) || *a->p == '_') && n < sizeof name - 1) name[n++] = *a->p++;
    name[n] = 0;
    value = var_get(name);
    return value && *value ? strtol(value, NULL, 0) : 0;
  }
  a->error = 1;
  return 0;
}

static long arith_product(struct arith *a) {
  long v = arith_unary(a);
  for (;;) {
    if (arith_take(a, "*")) {
      v *= arith_unary(a);
    } else if (arith_take(a, "/") || arith_take(a, "%")) {
      char op = a->p[-1];
      long d = arith_unary(a);
      if (d == 0) {
        a->error = 1;
        return 0;
      }
      v = op == '/' ? v / d : v % d;
    } else {
      return v;
    }
  }
}

static long arith_sum(struct arith *a) {
  long v = arith_product(a);
  for (;;) {
    if (arith_take(a, "+")) v += arith_product(a);
    else if (arith_take(a, "-")) v -= arith_product(a);
    else return v;
  }
}

static long arith_shift(struct arith *a) {
  long v = arith_sum(a);
  for (;;) {
    if (arith_take(a, "<<")) v <<= arith_sum(a);
    else if (arith_take(a, ">>")) v >>= arith_sum(a);
    else return v;
  }
}

static long arith_compare(struct arith *a) {
  long v = arith_shift(a);
  for (;;) {
    if (arith_take(a, "<=")) v = v <= arith_shift(a);
    else if (arith_take(a, ">=")) v = v >= arith_shift(a);
    else if (arith_take(a, "<")) v = v < arith_shift(a);
    else if (arith_take(a, ">")) v = v > arith_shift(a);
    else return v;
  }
}

static long arith_equal(struct arith *a) {
  long v = arith_compare(a);
  for (;;) {
    if (arith_take(a, "==")) v = v == arith_compare(a);
    else if (arith_take(a, "!=")) v = v != arith_compare(a);
    else return v;
  }
}

static long arith_bitand(struct arith *a) {
  long v = arith_equal(a);
  while (arith_take(a, "&")) v &= arith_equal(a);
  return v;
}

static long arith_bitxor(struct arith *a) {
  long v = arith_bitand(a);
  while (arith_take(a, "^")) v ^= arith_bitand(a);
  return v;
}

static long arith_bitor(struct arith *a) {
  long v = arith_bitxor(a);
  while (arith_take(a, "|")) v |= arith_bitxor(a);
  return v;
}

static long arith_and(struct arith *a) {
  long v = arith_bitor(a);
  while (arith_take(a, "&&")) {
    long r = arith_bitor(a);
    v = v && r;
  }
  return v;
}

static long arith_expr(struct arith *a) {
  long v = arith_and(a);
  while (arith_take(a, "||")) {
    long r = arith_and(a);
    v = v || r;
  }
  return v;
}

/* Evaluates text; returns 0 and sets *error on a bad expression. */
long arith_eval(const char *text, int *error) {
  struct arith a;
  long v;
  a.p = text;
  a.error = 0;
  v = arith_expr(&a);
  arith_blanks(&a);
  *error = a.error || *a.p != 0;
  return *error ? 0 : v;
}
