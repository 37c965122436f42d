#include <stdio.h>
/* Floats and doubles inside structs passed and returned by value, and
   float arguments to unprototyped (K&R) functions promoted to double. */
struct vec2 { float x, y; };
struct dpair { double a, b; };
struct mixed { int tag; float f; };
static struct vec2 vadd(struct vec2 a, struct vec2 b) { return (struct vec2){ a.x + b.x, a.y + b.y }; }
static struct vec2 vscale(struct vec2 a, float k) { a.x *= k; a.y *= k; return a; }
static float dot(struct vec2 a, struct vec2 b) { return a.x * b.x + a.y * b.y; }
static struct dpair swap(struct dpair p) { return (struct dpair){ p.b, p.a }; }
static double mixed_sum(struct mixed m, double d, struct mixed n) { return m.tag + m.f + d + n.tag + n.f; }
double old_half(x) double x; { return x / 2; }
int main(void) {
  struct vec2 a = { 1.5f, -2.0f }, b = { 0.25f, 4.0f };
  struct vec2 c = vadd(a, vscale(b, 2.0f));
  printf("%.3f %.3f %.3f\n", c.x, c.y, dot(a, b));
  struct dpair p = swap((struct dpair){ 1.25, -8.5 });
  printf("%.2f %.2f\n", p.a, p.b);
  struct mixed m = { 3, 0.5f }, n = { -1, 0.25f };
  printf("%.3f\n", mixed_sum(m, 10.0, n));
  float f = 9.0f;
  printf("%.2f\n", old_half(f));
  return 0;
}
