#include <stdio.h>
/* Block scopes: shadowing at several depths, a for-loop variable hiding
   an outer one, names reused for different types, tags vs ordinary names. */
int x = 1;
struct x { int x; };
int main(void) {
  printf("%d\n", x);
  int x = 2;
  {
    printf("%d\n", x);
    double x = 3.5;
    {
      printf("%.1f\n", x);
      struct x x = { 4 };
      printf("%d\n", x.x);
    }
    printf("%.1f\n", x);
  }
  for (int x = 10; x < 12; x++) {
    int y = x * 2;
    { int x = y + 1; printf("%d ", x); }
  }
  printf("\n%d\n", x);
  typedef int T;
  {
    T T = 5;
    printf("%d\n", T);
  }
  T t2 = 6;
  printf("%d\n", t2);
  return 0;
}
