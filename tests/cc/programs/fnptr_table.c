#include <stdio.h>
/* Tables of function pointers: a calculator dispatch, and functions that
   return function pointers (with and without typedef). */
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int divi(int a, int b) { return b ? a / b : 0; }
static int (*ops[])(int, int) = { add, sub, mul, divi };
static const char syms[] = "+-*/";
static int (*lookup(char c))(int, int) {
  for (int i = 0; i < 4; i++) if (syms[i] == c) return ops[i];
  return 0;
}
typedef int (*binop)(int, int);
static binop pick(int i) { return i & 1 ? &sub : mul; }
int main(void) {
  for (int i = 0; i < 4; i++) printf("%d %c %d = %d\n", 17, syms[i], 5, ops[i](17, 5));
  printf("%d\n", lookup('*')(6, 7));
  printf("%d\n", (*lookup('-'))(6, 7));
  printf("%d\n", lookup('%') == 0);
  printf("%d %d\n", pick(0)(3, 4), (*pick(1))(3, 4));
  binop b = add;
  printf("%d %d\n", b == add, b == ops[0]);
  int (**pp)(int, int) = &ops[2];
  printf("%d\n", (*pp)(9, 9));
  return 0;
}
