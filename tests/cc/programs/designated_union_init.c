#include <stdio.h>
/* Designated initializers for unions (any member), arrays of unions,
   and nested struct/union/array designators mixed with positional ones. */
union num { int i; float f; unsigned char b[4]; };
struct tagged { char kind; union num v; };
static union num nums[3] = { [2].i = 7, [0].b = { 1, 2, 3, 4 }, [1] = { .i = -1 } };
static struct tagged ts[] = { { 'i', { .i = 42 } }, { 'b', .v.b = { 9, 8 } }, [3] = { .kind = 'z' } };
int main(void) {
  printf("%08x %d %d\n", nums[0].i, nums[1].i, nums[2].i);
  for (int k = 0; k < (int)(sizeof ts / sizeof ts[0]); k++)
    printf("%c %d %d %d\n", ts[k].kind ? ts[k].kind : '-', ts[k].v.i & 0xff, ts[k].v.b[0], ts[k].v.b[1]);
  union num local = { .f = 1.0f };
  printf("%08x\n", local.i);
  struct { int a[3]; struct { int x, y; } p; } s = { .p.y = 5, .a[1] = 2, 3 };
  printf("%d %d %d %d %d\n", s.a[0], s.a[1], s.a[2], s.p.x, s.p.y);
  return 0;
}
