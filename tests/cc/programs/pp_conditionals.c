#include <stdio.h>
/* #if arithmetic: defined, !, &&, ||, ternary, shifts, character constants. */
#define A 3
#define B 0
#define EMPTY
#if defined A && !defined(C) && A * 2 == 6
#define R1 1
#else
#define R1 0
#endif
#if B || (A > 2 ? 1 : 0)
#define R2 2
#endif
#if (1 << 10) == 1024 && (-1 < 0) && 'A' == 65
#define R3 3
#endif
#if UNDEFINED_NAME == 0
#define R4 4
#endif
#ifdef EMPTY
#define R5 5
#endif
#if 0
#error this must be skipped
#if nested garbage that is never evaluated
#endif
#elif A == 3
#define R6 6
#else
#define R6 -6
#endif
#if 0x10 + 010 == 24 && 10 / 3 == 3 && 10 % 3 == 1
#define R7 7
#endif
#if 0xffffffff > 0 && -1 > 0u
#define R8 8
#else
#define R8 -8
#endif
#ifndef R9
#define R9 9
#endif
int main(void) {
  printf("%d %d %d %d %d %d %d %d %d\n", R1, R2, R3, R4, R5, R6, R7, R8, R9);
#if A == 3
  puts("A is three");
#elif A == 4
  puts("A is four");
#endif
  return 0;
}
