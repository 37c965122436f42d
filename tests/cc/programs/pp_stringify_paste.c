#include <stdio.h>
/* # and ## in all the places textbooks show them. */
#define STR(x) #x
#define XSTR(x) STR(x)
#define GLUE(a, b) a##b
#define XGLUE(a, b) GLUE(a, b)
#define FIELD(n) int GLUE(field_, n);
#define MAKE_GETTER(n) static int GLUE(get_, n)(struct rec *r) { return r->GLUE(field_, n); }
#define LEVEL 4
struct rec { FIELD(a) FIELD(b) FIELD(c) };
MAKE_GETTER(a)
MAKE_GETTER(b)
MAKE_GETTER(c)
int XGLUE(var, LEVEL) = 44;
int main(void) {
  struct rec r = {1, 2, 3};
  printf("%d %d %d\n", get_a(&r), get_b(&r), get_c(&r));
  printf("%s|%s\n", STR(LEVEL), XSTR(LEVEL));
  printf("%s\n", STR(  a   +   b  ));
  printf("%s\n", STR("quoted" 'c' "\n"));
  printf("%s\n", STR(f(x, y)));
  printf("%d\n", var4);
  printf("%d\n", GLUE(0x, 1F));
  printf("%s\n", XSTR(GLUE(12, 34)));
  printf("%d\n", GLUE(12, 34) + 1);
  return 0;
}
