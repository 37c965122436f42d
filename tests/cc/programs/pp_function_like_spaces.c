#include <stdio.h>
/* Function-like macro name without '(' is not a call; empty arguments. */
#define f(x) (x + 100)
#define g(x, y) x y
#define h() 7
#define EMPTY_ARG(a, b) [a|b]
#define S(x) #x
#define XS(x) S(x)
int f = 3;
int main(void) {
  printf("%d\n", f);
  printf("%d\n", f(1));
  printf("%d\n", f (2));
  printf("%d\n", g(, 5));
  printf("%d\n", h());
  printf("%s\n", XS(EMPTY_ARG(, )));
  printf("%s\n", XS(EMPTY_ARG(1, )));
  printf("%s\n", XS(EMPTY_ARG((1, 2), 3)));
  int (*fp)(int) = 0;
  printf("%d\n", fp == 0);
  return 0;
}
#undef f
