#include <stdio.h>
/* Macro arguments with parentheses and commas inside, macros invoked
   across lines, arguments that are themselves macro calls, and a macro
   that expands to a function-like macro's name. */
#define FIRST(a, b) a
#define SECOND(a, b) b
#define ID(x) x
#define TWICE(x) ID(x) + ID(x)
#define MUL(a, b) ((a) * (b))
#define CHOOSE(c) FIRST c
int arr[] = { 1, 2, 3 };
int main(void) {
  printf("%d\n", FIRST((1, 2), 3) == 2);
  printf("%d\n", SECOND(f(a, b), 99));
  printf("%d\n", MUL(
      2 + 3,
      4));
  printf("%d\n", MUL(MUL(2, 3), MUL(4, 5)));
  int t = TWICE(5) - 0;
  printf("%d\n", t);
  printf("%d\n", ID(arr[ID(1)]));
  printf("%d\n", CHOOSE((7, 8)));
  printf("%d\n", ID(ID(ID(ID(42)))));
  return 0;
}
