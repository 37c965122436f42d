#include <stdio.h>
/* Old-style function pointer declarations without prototypes
   (int (*f)()), called with promoted arguments, stored in tables. */
static int add(int a, int b) { return a + b; }
static int neg(int a) { return -a; }
static double half(double d) { return d / 2; }
int (*op)();
static int apply2(f, a, b) int (*f)(); int a, b; { return (*f)(a, b); }
int main(void) {
  op = add;
  printf("%d\n", op(20, 22));
  printf("%d\n", apply2(add, 5, 6));
  int (*ops[2])() = { add, neg };
  printf("%d %d\n", ops[0](1, 2), ops[1](9));
  double (*h)() = half;
  printf("%.2f\n", h(5.0));
  return 0;
}
