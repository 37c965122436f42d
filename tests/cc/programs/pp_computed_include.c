#include <stdio.h>
/* A computed #include: the header name comes from a macro, in both the
   "..." and the <...> spellings. */
#define HEADER "pp_inc/shapes.h"
#include HEADER
#define STR(x) #x
#define XSTR(x) STR(x)
#define INC_DIR pp_inc
#include XSTR(INC_DIR/once.h)
int main(void) {
  struct square s = { 4 };
  printf("%d %d %d\n", square_area(s), SHAPES_VERSION, once_value());
  return 0;
}
