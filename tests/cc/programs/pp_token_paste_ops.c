#include <stdio.h>
/* ## building operators, numbers and identifiers; # of arguments with
   strings and backslashes; stringifying after expansion. */
#define OP(a, op, b) ((a) op (b))
#define PASTE3(a, b, c) a##b##c
#define SHIFT_ASSIGN(x, n) x <<= n
#define HEX(n) 0x##n
#define STR(x) #x
#define XSTR(x) STR(x)
#define DECL(type, name) type PASTE3(my_, name, _var)
DECL(int, count) = 3;
int main(void) {
  printf("%d %d\n", OP(7, +, 3), OP(7, <<, 2));
  int x = 1;
  SHIFT_ASSIGN(x, 4);
  printf("%d %d\n", x, HEX(ff));
  printf("%d\n", PASTE3(1, 2, 3) + 1);
  printf("%d\n", my_count_var);
  printf("%s\n", STR("a\\b" and '\n'));
  printf("%s\n", XSTR(OP(1, *, 2)));
  printf("%s\n", STR(   spaced    out   ));
  return 0;
}
