#include <stdio.h>
/* Arrays cannot be assigned, but arrays inside structs can: copying a
   struct copies its arrays; swapping arrays through struct wrappers. */
struct arr8 { int v[8]; };
static struct arr8 reversed(struct arr8 a) { for (int i = 0; i < 4; i++) { int t = a.v[i]; a.v[i] = a.v[7 - i]; a.v[7 - i] = t; } return a; }
int main(void) {
  struct arr8 a = { { 1, 2, 3, 4, 5, 6, 7, 8 } }, b;
  b = reversed(a);
  for (int i = 0; i < 8; i++) printf("%d%d ", a.v[i], b.v[i]);
  printf("\n");
  struct arr8 t = a; a = b; b = t;
  printf("%d %d\n", a.v[0], b.v[0]);
  struct { char s[6]; } x = { "hello" }, y;
  y = x;
  y.s[0] = 'j';
  printf("%s %s\n", x.s, y.s);
  return 0;
}
