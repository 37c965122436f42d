#include <stdio.h>
struct p { int x, y; };
int sum(const int *v, int n) { int s = 0; while (n--) s += *v++; return s; }
int manhattan(struct p a) { return a.x + a.y; }
int main(void) {
  printf("%d\n", sum((int[]){1, 2, 3, 4}, 4));
  printf("%d\n", manhattan((struct p){3, 4}));
  struct p *pp = &(struct p){.y = 9};
  pp->x = 1;
  printf("%d %d\n", pp->x, pp->y);
  return 0;
}
