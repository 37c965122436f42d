#include <stdio.h>
enum { SIZE = 4 * 4 + 1, SHIFTED = 1 << 5, NEG = -SIZE };
static int table[SIZE];
static const int sizes[] = {sizeof(char), sizeof(short), sizeof(int) * 2};
char buf[SHIFTED > 16 ? 3 : 1];
int main(void) {
  _Static_assert(sizeof table == 68, "table");
  printf("%d %d %d %d %d\n", (int)(sizeof table / sizeof *table), SHIFTED, NEG, sizes[2], (int)sizeof buf);
  switch (3) { case 1 + 2: puts("three"); break; }
  return 0;
}
