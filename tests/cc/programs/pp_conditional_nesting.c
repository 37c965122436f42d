#include <stdio.h>
/* Deeply nested conditional compilation, #elif chains with defined(),
   skipped groups containing unbalanced quotes and invalid tokens. */
#define LEVEL 2
#define FEATURE_A
#undef FEATURE_B
#if LEVEL > 0
#  ifdef FEATURE_A
#    if LEVEL == 1
#      define RESULT "A1"
#    elif LEVEL == 2 && !defined FEATURE_B
#      ifndef FEATURE_B
#        define RESULT "A2-noB"
#      else
#        define RESULT "A2-B"
#      endif
#    else
#      define RESULT "A?"
#    endif
#  else
#    define RESULT "noA"
#  endif
#else
#  define RESULT "none"
#endif
#if 0
  this is not C at all ' unbalanced " quotes @ $
#  if garbage (
#  endif
#endif
#ifdef FEATURE_B
int b_only = 1;
#elif defined(FEATURE_A) || defined(FEATURE_C)
int b_only = 0;
#endif
int main(void) {
  printf("%s %d\n", RESULT, b_only);
#if defined(LEVEL) && LEVEL >= 2
#if LEVEL >= 3
  puts("three");
#elif LEVEL >= 2
  puts("two");
#endif
#endif
  return 0;
}
