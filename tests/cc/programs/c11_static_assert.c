#include <stdio.h>
#include <assert.h>
/* _Static_assert at file, struct and block scope, on ilp32 facts. */
_Static_assert(sizeof(int) == 4, "int is 32 bits");
_Static_assert(sizeof(long) == 4, "ilp32 long");
_Static_assert(sizeof(void *) == 4, "ilp32 pointer");
_Static_assert(sizeof(long long) == 8, "long long");
_Static_assert((char)-1 > 0, "char is unsigned");
_Static_assert(sizeof(short) == 2, "short");
struct s {
  int a;
  _Static_assert(sizeof(int) * 2 == 8, "inside a struct");
  int b;
};
enum { N = 5 };
_Static_assert(N == 5, "enum constants are constant expressions");
int main(void) {
  _Static_assert(sizeof(struct s) == 8, "block scope");
  static_assert(1, "the <assert.h> spelling");
  for (int i = 0; i < 1; i++) {
    _Static_assert(N * N == 25, "in a loop body");
    printf("%d\n", (int)sizeof(struct s));
  }
  return 0;
}
