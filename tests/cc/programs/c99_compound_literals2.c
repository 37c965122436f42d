#include <stdio.h>
/* Compound literals: as arguments, lvalues, arrays, in loops, at file scope. */
struct v2 { int x, y; };
static struct v2 add(struct v2 a, struct v2 b) { return (struct v2){ a.x + b.x, a.y + b.y }; }
static int sum(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int *global_arr = (int[]){ 4, 5, 6 };
static struct v2 *gp = &(struct v2){ 100, 200 };
int main(void) {
  struct v2 r = add((struct v2){ 1, 2 }, (struct v2){ .y = 10, .x = 20 });
  printf("%d %d\n", r.x, r.y);
  printf("%d\n", sum((int[]){ 1, 2, 3, 4 }, 4));
  printf("%d\n", sum((const int[5]){ [4] = 10 }, 5));
  int *p = (int[3]){ 0 };
  p[1] = 7;
  printf("%d %d %d\n", p[0], p[1], p[2]);
  (struct v2){ 0, 0 }.x = 5;  /* an lvalue, assignable */
  printf("%d %d\n", global_arr[2], gp->y);
  gp->y++;
  printf("%d\n", gp->y);
  int total = 0;
  for (int i = 0; i < 3; i++) {
    struct v2 *q = &(struct v2){ i, i * i };
    total += q->x + q->y;
  }
  printf("%d\n", total);
  char *s = (char[]){ "literal" };
  s[0] = 'L';
  printf("%s %d\n", s, (int)sizeof((char[]){ "abc" }));
  return 0;
}
