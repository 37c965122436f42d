#include <stdio.h>
#include <ctype.h>
/* A reverse Polish calculator with a stack, and an infix-to-RPN converter
   (shunting yard) feeding it. */
static long stack[64];
static int sp;
static void push(long v) { stack[sp++] = v; }
static long pop(void) { return sp ? stack[--sp] : 0; }
static long eval_rpn(const char *s) {
  sp = 0;
  while (*s) {
    if (isdigit((unsigned char)*s)) { long v = 0; while (isdigit((unsigned char)*s)) v = v * 10 + (*s++ - '0'); push(v); continue; }
    if (*s != ' ') {
      long b = pop(), a = pop();
      switch (*s) {
      case '+': push(a + b); break;
      case '-': push(a - b); break;
      case '*': push(a * b); break;
      case '/': push(b ? a / b : 0); break;
      case '%': push(b ? a % b : 0); break;
      }
    }
    s++;
  }
  return pop();
}
static int prec(char c) { return c == '+' || c == '-' ? 1 : c == '*' || c == '/' || c == '%' ? 2 : 0; }
static void to_rpn(const char *in, char *out) {
  char ops[64];
  int top = 0;
  for (; *in; in++) {
    if (isdigit((unsigned char)*in)) { while (isdigit((unsigned char)*in)) *out++ = *in++; *out++ = ' '; in--; }
    else if (*in == '(') ops[top++] = '(';
    else if (*in == ')') { while (top && ops[top - 1] != '(') { *out++ = ops[--top]; *out++ = ' '; } top--; }
    else if (prec(*in)) {
      while (top && prec(ops[top - 1]) >= prec(*in)) { *out++ = ops[--top]; *out++ = ' '; }
      ops[top++] = *in;
    }
  }
  while (top) { *out++ = ops[--top]; *out++ = ' '; }
  *out = 0;
}
int main(void) {
  printf("%ld\n", eval_rpn("3 4 + 2 *"));
  printf("%ld\n", eval_rpn("5 1 2 + 4 * + 3 -"));
  const char *exprs[] = { "1+2*3", "(1+2)*3", "100/(4-2)/5", "7%4+2*(3-(1+1))*10", "2*3*4-5" };
  for (int i = 0; i < 5; i++) {
    char rpn[128];
    to_rpn(exprs[i], rpn);
    printf("%-20s => %-24s = %ld\n", exprs[i], rpn, eval_rpn(rpn));
  }
  return 0;
}
