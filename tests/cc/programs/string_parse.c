#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
int eval(const char **s);
int number(const char **s) { int v = 0; while (isdigit(**s)) v = v * 10 + *(*s)++ - '0'; return v; }
int factor(const char **s) {
  if (**s == '(') { (*s)++; int v = eval(s); (*s)++; return v; }
  if (**s == '-') { (*s)++; return -factor(s); }
  return number(s);
}
int term(const char **s) {
  int v = factor(s);
  while (**s == '*' || **s == '/') { char op = *(*s)++; int r = factor(s); v = op == '*' ? v * r : v / r; }
  return v;
}
int eval(const char **s) {
  int v = term(s);
  while (**s == '+' || **s == '-') { char op = *(*s)++; int r = term(s); v = op == '+' ? v + r : v - r; }
  return v;
}
int main(void) {
  const char *exprs[] = {"1+2*3", "(1+2)*3", "100/7-2", "-(4*-5)+1", "2*(3+(4-1))*2"};
  for (int i = 0; i < 5; i++) { const char *p = exprs[i]; printf("%s = %d\n", exprs[i], eval(&p)); }
  return 0;
}
