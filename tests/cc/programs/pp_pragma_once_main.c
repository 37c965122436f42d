#include <stdio.h>
/* #pragma once and include guards: headers included twice define once. */
#include "pp_inc/once.h"
#include "pp_inc/once.h"
#include "pp_inc/guarded.h"
#include "pp_inc/guarded.h"
#include "pp_inc/once.h"
int main(void) {
  printf("%d %d\n", once_value(), GUARDED_CONST);
  printf("%d\n", counter_struct_size());
  return 0;
}
