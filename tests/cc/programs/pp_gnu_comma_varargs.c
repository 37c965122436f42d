#include <stdio.h>
/* GNU , ## __VA_ARGS__ (the comma disappears when there are no extra
   arguments), named variadic parameters, and nested variadic macros. */
#define eprintf(fmt, ...) printf("E: " fmt "\n", ##__VA_ARGS__)
#define NAMED(fmt, args...) printf(fmt, args)
#define WRAP(...) eprintf(__VA_ARGS__)
#define APPLY(m, ...) m(__VA_ARGS__)
#define ADD(a, b) ((a) + (b))
int main(void) {
  eprintf("no args");
  eprintf("one %d", 1);
  eprintf("two %d %s", 2, "x");
  NAMED("%s-%d\n", "named", 7);
  WRAP("wrapped %d", 3);
  WRAP("wrapped bare");
  printf("%d\n", APPLY(ADD, 20, 22));
  return 0;
}
