#include <stdio.h>
struct small { char a; char b; };
struct mid { int x, y; };
struct large { int v[6]; };
struct small mk_small(int a, int b) { struct small s = {a, b}; return s; }
struct mid mk_mid(int x) { struct mid m = {x, x * 2}; return m; }
struct large mk_large(int base) { struct large l; for (int i = 0; i < 6; i++) l.v[i] = base + i; return l; }
int sum_large(struct large l) { int s = 0; for (int i = 0; i < 6; i++) s += l.v[i]; l.v[0] = 999; return s; }
int sum_all(struct small s, struct mid m, struct large l, int extra) {
  return s.a + s.b + m.x + m.y + sum_large(l) + extra;
}
int main(void) {
  struct small s = mk_small(1, 2);
  struct mid m = mk_mid(10);
  struct large l = mk_large(100);
  printf("%d %d %d %d\n", s.a + s.b, m.x + m.y, sum_large(l), l.v[0]);
  printf("%d\n", sum_all(s, m, l, 5));
  printf("%d\n", mk_large(7).v[5]);
  printf("%d\n", mk_mid(3).y);
  return 0;
}
