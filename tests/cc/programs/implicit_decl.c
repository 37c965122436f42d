#include <stdio.h>
int main(void) {
  int r = later(5);
  printf("%d\n", r);
  return 0;
}
int later(int x) { return x * 11; }
