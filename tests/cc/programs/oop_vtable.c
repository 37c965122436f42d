#include <stdio.h>
/* Object-oriented C: a shape "class" with a vtable of function pointers,
   derived structs embedding the base as first member. */
struct shape;
struct shape_ops {
  const char *name;
  int (*area)(const struct shape *);
  int (*perimeter)(const struct shape *);
  void (*scale)(struct shape *, int);
};
struct shape { const struct shape_ops *ops; int id; };
struct rect { struct shape base; int w, h; };
struct square { struct rect r; };
struct circle { struct shape base; int r; };
static int rect_area(const struct shape *s) { const struct rect *r = (const struct rect *)s; return r->w * r->h; }
static int rect_perim(const struct shape *s) { const struct rect *r = (const struct rect *)s; return 2 * (r->w + r->h); }
static void rect_scale(struct shape *s, int k) { struct rect *r = (struct rect *)s; r->w *= k; r->h *= k; }
static int circ_area(const struct shape *s) { const struct circle *c = (const struct circle *)s; return 314 * c->r * c->r / 100; }
static int circ_perim(const struct shape *s) { const struct circle *c = (const struct circle *)s; return 628 * c->r / 100; }
static void circ_scale(struct shape *s, int k) { ((struct circle *)s)->r *= k; }
static const struct shape_ops rect_ops = { "rect", rect_area, rect_perim, rect_scale };
static const struct shape_ops square_ops = { "square", rect_area, rect_perim, rect_scale };
static const struct shape_ops circle_ops = { "circle", circ_area, circ_perim, circ_scale };
int main(void) {
  struct rect r = { { &rect_ops, 1 }, 3, 4 };
  struct square sq = { { { &square_ops, 2 }, 5, 5 } };
  struct circle c = { { &circle_ops, 3 }, 10 };
  struct shape *all[] = { &r.base, &sq.r.base, &c.base };
  for (int round = 0; round < 2; round++) {
    int total = 0;
    for (int i = 0; i < 3; i++) {
      struct shape *s = all[i];
      printf("%d %-6s area %4d perim %3d\n", s->id, s->ops->name, s->ops->area(s), s->ops->perimeter(s));
      total += s->ops->area(s);
      s->ops->scale(s, 2);
    }
    printf("total %d\n", total);
  }
  return 0;
}
