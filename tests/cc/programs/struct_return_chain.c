#include <stdio.h>
struct v3 { int x, y, z; };
struct v3 v3(int x, int y, int z) { struct v3 r = {x, y, z}; return r; }
struct v3 add(struct v3 a, struct v3 b) { return v3(a.x + b.x, a.y + b.y, a.z + b.z); }
struct v3 scale(struct v3 a, int k) { a.x *= k; a.y *= k; a.z *= k; return a; }
int main(void) {
  struct v3 r = scale(add(v3(1, 2, 3), v3(4, 5, 6)), 10);
  printf("%d %d %d\n", r.x, r.y, r.z);
  printf("%d\n", add(r, r).z);
  return 0;
}
