#include <stdio.h>
/* Brace elision: nested aggregates initialized from a flat list, partial
   inner braces, and strings inside elided structs. */
struct pt { int x, y; };
struct line { struct pt a, b; };
struct named { char name[4]; int v; };
int main(void) {
  struct line l = { 1, 2, 3, 4 };
  printf("%d %d %d %d\n", l.a.x, l.a.y, l.b.x, l.b.y);
  struct line ls[2] = { 1, 2, { 3 }, 5, 6, 7 };
  printf("%d %d %d %d | %d %d %d %d\n", ls[0].a.x, ls[0].a.y, ls[0].b.x, ls[0].b.y, ls[1].a.x, ls[1].a.y, ls[1].b.x, ls[1].b.y);
  int m[2][3] = { 1, 2, 3, 4 };
  printf("%d %d %d %d %d %d\n", m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2]);
  struct named ns[] = { "ab", 1, "cde", 2, { "f" }, 3 };
  printf("%d\n", (int)(sizeof ns / sizeof ns[0]));
  for (int i = 0; i < 3; i++) printf("%s=%d ", ns[i].name, ns[i].v);
  printf("\n");
  struct pt pts[][2] = { { { 1, 2 }, { 3, 4 } }, { 5, 6, 7, 8 } };
  printf("%d %d\n", pts[1][0].y, pts[1][1].x);
  return 0;
}
