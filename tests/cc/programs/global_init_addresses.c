#include <stdio.h>
/* Static initializers holding addresses: of arrays' elements, of members,
   pointer arithmetic, strings, function pointers, nested pointers. */
struct pt { int x, y; };
int data[8] = { 0, 1, 2, 3, 4, 5, 6, 7 };
int *p3 = &data[3];
int *p6 = data + 6;
struct pt origin = { 5, 9 };
int *py = &origin.y;
const char *msgs[] = { "alpha", "beta", "gamma" };
const char **second = &msgs[1];
const char *tail = "abcdef" + 2;
static int twice(int x) { return 2 * x; }
int (*fp)(int) = twice;
struct entry { const char *name; int *slot; int (*fn)(int); } entries[] = {
  { "first", &data[1], twice },
  { "last", &data[7], 0 },
};
char buf[16] = "init";
char *bufp = buf + 1;
long addr_diff = sizeof(data) / sizeof(data[0]);
int main(void) {
  printf("%d %d %d\n", *p3, *p6, *py);
  printf("%s %s %s\n", *second, tail, msgs[2]);
  printf("%d\n", fp(21));
  for (int i = 0; i < 2; i++)
    printf("%s %d %d\n", entries[i].name, *entries[i].slot, entries[i].fn ? entries[i].fn(*entries[i].slot) : -1);
  printf("%s %ld\n", bufp, addr_diff);
  *p3 = 33;
  printf("%d\n", data[3]);
  return 0;
}
