#include <stdio.h>
/* Quoted includes search the including file's directory first, then the
   -I paths: a header that includes a sibling with a relative path. */
#include "pp_inc/shapes.h"
int main(void) {
  struct square s = { 3 };
  printf("%d %d %s\n", square_area(s), SHAPES_VERSION, shapes_name());
  return 0;
}
