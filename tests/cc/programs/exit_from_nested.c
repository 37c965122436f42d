#include <stdio.h>
#include <stdlib.h>
/* exit() from deep inside calls flushes stdout and sets the status. */
static void check(int depth) {
  if (depth == 3) {
    printf("leaving at depth %d\n", depth);
    exit(17);
  }
  printf("depth %d\n", depth);
  check(depth + 1);
  printf("never printed\n");
}
int main(void) {
  check(0);
  return 0;
}
