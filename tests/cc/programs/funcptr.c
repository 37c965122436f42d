#include <stdio.h>
int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
int apply(int (*f)(int, int), int a, int b) { return f(a, b); }
typedef int (*binop)(int, int);
binop table[] = {add, mul};
int main(void) {
  int (*fp)(int, int) = add;
  printf("%d %d\n", fp(2, 3), (*fp)(4, 5));
  printf("%d %d\n", apply(mul, 6, 7), table[1](3, 3));
  fp = &mul;
  printf("%d\n", fp(8, 8));
  return 0;
}
