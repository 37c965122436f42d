#include <stdio.h>
#include <stdbool.h>
/* _Bool converts any nonzero scalar to 1, including pointers and doubles. */
struct opts { bool verbose; _Bool quiet; bool flags[3]; };
static bool is_even(int n) { return n % 2 == 0; }
int main(void) {
  _Bool b = 256;
  bool c = 0.25;
  bool d = (void *)0;
  int x = 5;
  bool e = &x;
  printf("%d %d %d %d\n", b, c, d, e);
  b = -1;
  printf("%d %d\n", b, (int)sizeof(bool));
  b++;
  printf("%d\n", b);
  b = 0; b--;
  printf("%d\n", b);
  struct opts o = {2, 0, {1, 0, 7}};
  printf("%d %d %d %d %d\n", o.verbose, o.quiet, o.flags[0], o.flags[1], o.flags[2]);
  int count = 0;
  for (int i = 0; i < 10; i++) count += is_even(i);
  printf("%d %d %d\n", count, true + true, false);
  bool t = 3 > 2, f = !t;
  printf("%d %d %d\n", t, f, t ^ f);
  unsigned long long big = 1ULL << 40;
  bool g = big;
  printf("%d\n", g);
  return 0;
}
