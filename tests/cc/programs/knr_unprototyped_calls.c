#include <stdio.h>
/* Calling functions declared without prototypes (int f();): default
   argument promotions turn char/short into int and float into double. */
int takes_ints();
double takes_double();
long mixed();
int main(void) {
  char c = 'A';
  short s = -300;
  float f = 1.5f;
  printf("%d\n", takes_ints(c, s));
  printf("%.2f\n", takes_double(f));
  printf("%ld\n", mixed(c, 2.25, 40000L));
  return 0;
}
int takes_ints(a, b) int a, b; { return a * 1000 + b; }
double takes_double(x) double x; { return x * 4; }
long mixed(a, d, l) int a; double d; long l; { return a + (long)(d * 100) + l; }
