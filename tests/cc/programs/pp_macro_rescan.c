#include <stdio.h>
/* Rescanning and self-reference: a macro is not expanded inside itself. */
int foo = 10;
#define foo (foo + 1)
#define twice(f, x) f(f(x))
#define inc(x) ((x) + 1)
#define AA BB
#define BB AA
int AA = 5;
#define OBJ FN
#define FN(x) (x * 3)
#define paren (
#define lparen_call(f) f paren 4)
#define EXPAND(x) x
#define NIL(x) x
#define G(x) NIL(x) + 1
int main(void) {
  printf("%d\n", foo);
  printf("%d\n", twice(inc, 5));
  printf("%d\n", AA + 1);
  printf("%d\n", OBJ(2));
  printf("%d\n", EXPAND(FN)(7));
  printf("%d\n", G(G(1)));
  printf("%d\n", inc(inc(inc(0))));
  return 0;
}
