#include <stdio.h>
/* Implicit function declarations (a warning, not an error, as gcc < 14):
   the call assumes int f(), the definition comes later. */
int main(void) {
  int a = square(9);
  int b = add3(1, 2, 3);
  printf("%d %d\n", a, b);
  printf("%d\n", twice_sum(5, 6));
  return 0;
}
int square(int x) { return x * x; }
int add3(int a, int b, int c) { return a + b + c; }
int twice_sum(a, b) int a, b; { return 2 * (a + b); }
