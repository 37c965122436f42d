#include <stdio.h>
struct vec { double x, y; };
struct vec add(struct vec a, struct vec b) { struct vec r = {a.x + b.x, a.y + b.y}; return r; }
double dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y; }
struct fpair { float a, b; };
struct fpair swapf(struct fpair p) { struct fpair r = {p.b, p.a}; return r; }
int main(void) {
  struct vec a = {1.5, 2}, b = {0.25, -1};
  struct vec c = add(a, b);
  printf("%.2f %.2f %.3f\n", c.x, c.y, dot(a, b));
  struct fpair p = swapf((struct fpair){1.5f, 2.5f});
  printf("%.1f %.1f\n", p.a, p.b);
  return 0;
}
