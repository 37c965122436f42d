#include <stdio.h>
add(a, b) int a, b; { return a + b; }
static count;
long scale(x, f) long x; int f; { return x * f; }
main() {
  count = add(2, 3);
  printf("%d %ld\n", count, scale(7L, 6));
  return 0;
}
