#include <stdio.h>
#include <string.h>
struct date { int y, m, d; };
int cmp_date(struct date a, struct date b) {
  if (a.y != b.y) return a.y < b.y ? -1 : 1;
  if (a.m != b.m) return a.m < b.m ? -1 : 1;
  return a.d == b.d ? 0 : a.d < b.d ? -1 : 1;
}
int main(void) {
  struct date a = {2024, 5, 17}, b = {2024, 5, 3}, c = a;
  printf("%d %d %d %d\n", cmp_date(a, b), cmp_date(b, a), cmp_date(a, c), memcmp(&a, &c, sizeof a));
  return 0;
}
