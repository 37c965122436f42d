#include <stdio.h>
#include <stdbool.h>
/* Truth tables with bool: implication, equivalence, xor, De Morgan's
   laws checked over all inputs, and bools in arithmetic. */
static bool implies(bool a, bool b) { return !a || b; }
int main(void) {
  int ok = 0;
  for (int i = 0; i < 4; i++) {
    bool a = i & 1, b = i >> 1;
    printf("%d %d | %d %d %d %d\n", a, b, a && b, a || b, implies(a, b), a == b);
    ok += (!(a && b)) == (!a || !b);
    ok += (!(a || b)) == (!a && !b);
  }
  printf("%d\n", ok);
  bool flags[5] = { true, false, true, true, false };
  int count = 0;
  for (int i = 0; i < 5; i++) count += flags[i];
  printf("%d %d\n", count, flags[0] + flags[2] * 2);
  return 0;
}
