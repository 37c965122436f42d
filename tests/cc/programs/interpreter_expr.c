#include <stdio.h>
#include <ctype.h>
/* A recursive-descent expression evaluator with variables, unary minus,
   parentheses, comparison and assignment: a compiler in miniature. */
static const char *src;
static long vars[26];
static long expr(void);
static void skip(void) { while (*src == ' ') src++; }
static long primary(void) {
  skip();
  if (*src == '(') { src++; long v = expr(); skip(); src++; return v; }
  if (*src == '-') { src++; return -primary(); }
  if (isdigit((unsigned char)*src)) { long v = 0; while (isdigit((unsigned char)*src)) v = v * 10 + *src++ - '0'; return v; }
  if (*src >= 'a' && *src <= 'z') {
    int k = *src++ - 'a';
    skip();
    if (*src == '=' && src[1] != '=') { src++; return vars[k] = expr(); }
    return vars[k];
  }
  return 0;
}
static long term(void) {
  long v = primary();
  for (;;) {
    skip();
    if (*src == '*') { src++; v *= primary(); }
    else if (*src == '/') { src++; long d = primary(); v = d ? v / d : 0; }
    else return v;
  }
}
static long sum(void) {
  long v = term();
  for (;;) {
    skip();
    if (*src == '+') { src++; v += term(); }
    else if (*src == '-') { src++; v -= term(); }
    else return v;
  }
}
static long expr(void) {
  long v = sum();
  skip();
  if (*src == '<') { src++; return v < sum(); }
  if (*src == '>') { src++; return v > sum(); }
  if (*src == '=' && src[1] == '=') { src += 2; return v == sum(); }
  return v;
}
int main(void) {
  const char *progs[] = { "1 + 2 * 3", "(1 + 2) * 3", "x = 7", "y = x * x - 1", "y / (x - 5)", "-(-x) + -3", "x < y", "x == 7", "z = (a = 2) * (b = 3) + a * b", "z" };
  for (int i = 0; i < 10; i++) { src = progs[i]; printf("%-32s => %ld\n", progs[i], expr()); }
  return 0;
}
