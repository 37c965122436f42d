#include <stdio.h>
struct flags { unsigned a : 1; unsigned b : 3; int c : 4; unsigned d : 24; };
struct mixed { char x; int y : 5; int z : 9; char w; };
int main(void) {
  struct flags f = {1, 5, -3, 1000000};
  printf("%u %u %d %u %d\n", f.a, f.b, f.c, f.d, (int)sizeof f);
  f.b = 9;
  f.c = 7;
  f.c++;
  printf("%u %d\n", f.b, f.c);
  struct mixed m;
  m.x = 1; m.y = -1; m.z = 255; m.w = 2;
  printf("%d %d %d %d %d\n", m.x, m.y, m.z, m.w, (int)sizeof m);
  return 0;
}
