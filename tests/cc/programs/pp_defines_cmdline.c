#include <stdio.h>
/* Predefined and command-line style macros that both compilers agree on. */
#ifndef __STDC_VERSION__
#error no __STDC_VERSION__
#endif
#if __STDC_VERSION__ >= 199901L
#define C99 1
#else
#define C99 0
#endif
#define VALUE 1
#undef VALUE
#define VALUE 2
#ifdef __CHAR_UNSIGNED__
#define CU 1
#else
#define CU 0
#endif
int main(void) {
  printf("%d %d %d\n", C99, VALUE, CU);
  printf("%d\n", __STDC_HOSTED__ + 0 >= 0);
  printf("%s\n", __func__);
#ifdef __SIZEOF_INT__
  printf("%d\n", __SIZEOF_INT__);
#else
  printf("4\n");
#endif
  printf("%d\n", (int)sizeof(__DATE__) > 1);
  return 0;
}
