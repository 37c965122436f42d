#include <stdio.h>
enum color { RED, GREEN = 5, BLUE, BLACK = -1 };
typedef enum { A = 1 << 0, B = 1 << 1, C = 1 << 2 } flags;
int main(void) {
  enum color c = BLUE;
  flags f = A | C;
  printf("%d %d %d %d\n", RED, GREEN, c, BLACK);
  printf("%d %d\n", f, (int)sizeof(enum color));
  switch (c) { case BLUE: puts("blue"); break; default: puts("?"); }
  return 0;
}
