#include <stdio.h>
/* Signed bit-fields of every width from 1 to 8: range limits and
   sign extension when read, in one packed struct. */
struct s { int a : 1; int b : 2; int c : 3; int d : 4; int e : 5; int f : 6; int g : 7; int h : 8; };
int main(void) {
  struct s v = { -1, -2, -4, -8, -16, -32, -64, -128 };
  printf("%d %d %d %d %d %d %d %d\n", v.a, v.b, v.c, v.d, v.e, v.f, v.g, v.h);
  v.a = 0; v.b = 1; v.c = 3; v.d = 7; v.e = 15; v.f = 31; v.g = 63; v.h = 127;
  printf("%d %d %d %d %d %d %d %d\n", v.a, v.b, v.c, v.d, v.e, v.f, v.g, v.h);
  v.b++; v.c++; v.h++;
  printf("%d %d %d\n", v.b, v.c, v.h);
  printf("%d\n", (int)sizeof v);
  int total = v.a + v.b + v.c + v.d + v.e + v.f + v.g + v.h;
  printf("%d\n", total);
  return 0;
}
