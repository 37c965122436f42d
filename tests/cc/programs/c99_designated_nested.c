#include <stdio.h>
/* Designated initializers: out of order, nested, arrays of structs, ranges
   by index, overriding, and zero-fill of everything else. */
struct point { int x, y; };
struct rect { struct point a, b; const char *name; };
struct cfg { int id; int vals[5]; struct point p; char tag[4]; };
static int days[12] = { [1] = 28, [0] = 31, [2] = 31, [11] = 31 };
static struct rect r = { .b = { .y = 9, .x = 8 }, .name = "box", .a.x = 1 };
static struct cfg cfgs[3] = {
  [2] = { .id = 30, .vals = { [4] = 5, [1] = 2 } },
  [0] = { 10, { 1, 2 }, { 3, 4 }, "ab" },
  [1].p.y = 77,
  [1].tag = "xyz",
};
int main(void) {
  for (int i = 0; i < 12; i++) printf("%d ", days[i]);
  printf("\n%d %d %d %d %s\n", r.a.x, r.a.y, r.b.x, r.b.y, r.name);
  for (int i = 0; i < 3; i++) {
    printf("%d [", cfgs[i].id);
    for (int j = 0; j < 5; j++) printf("%d", cfgs[i].vals[j]);
    printf("] %d,%d '%s'\n", cfgs[i].p.x, cfgs[i].p.y, cfgs[i].tag);
  }
  int local[6] = { [3] = 3, 4, 5, [0] = 9 };
  for (int i = 0; i < 6; i++) printf("%d ", local[i]);
  printf("\n");
  struct point pts[] = { [3] = { 1, 1 } };
  printf("%d\n", (int)(sizeof pts / sizeof pts[0]));
  int over[3] = { [1] = 5, [1] = 6 };
  printf("%d %d %d\n", over[0], over[1], over[2]);
  return 0;
}
