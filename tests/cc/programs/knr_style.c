#include <stdio.h>
/* K&R habits: old-style definitions with promoted parameters, implicit
   int return and variables, register, calls before any declaration. */
max(a, b)
int a, b;
{
  return a > b ? a : b;
}
double scale(x, factor)
float x;
char factor;
{
  return x * factor;
}
static total = 0;
accumulate(n)
{
  register i;
  for (i = 1; i <= n; i++) total += i;
  return total;
}
unsigned short_sum(a, b) short a; unsigned char b; { return a + b; }
main()
{
  printf("%d\n", max(3, 9));
  printf("%.2f\n", scale(1.5f, 3));
  printf("%d\n", accumulate(10));
  printf("%d\n", later(6));
  printf("%u\n", short_sum(-3, 250));
  return 0;
}
later(x) { return x * 7; }
