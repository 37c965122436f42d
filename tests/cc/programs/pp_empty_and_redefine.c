#include <stdio.h>
/* Empty macros, identical redefinition (allowed), function-like macros
   with no parameters, and macros expanding to nothing in declarations. */
#define NOTHING
#define STATIC static
#define API NOTHING
#define SAME(x) ((x) + 1)
#define SAME(x) ((x) + 1)
#define GET() 99
#define UNUSED_PARAM(x)
API STATIC int helper(int v) NOTHING { return SAME(v); }
int main(void) {
  NOTHING
  int x = helper(GET()) NOTHING;
  UNUSED_PARAM(this is ignored entirely)
  printf("%d\n", x);
  printf("%d\n", SAME(SAME(1)));
  return 0;
}
