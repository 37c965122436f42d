#include <stdio.h>
struct point { int x, y; };
struct rect { struct point a, b; char name[8]; };
int area(struct rect *r) { return (r->b.x - r->a.x) * (r->b.y - r->a.y); }
int main(void) {
  struct rect r = {{1, 2}, {4, 6}, "box"};
  printf("%d %s\n", area(&r), r.name);
  struct point p = r.b;
  p.x = 100;
  printf("%d %d %d\n", p.x, r.b.x, (int)sizeof(struct rect));
  struct rect copy;
  copy = r;
  copy.a.y = 0;
  printf("%d %d\n", area(&copy), area(&r));
  return 0;
}
