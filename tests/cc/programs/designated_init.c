#include <stdio.h>
struct cfg { int a; int b; const char *name; int arr[3]; };
int main(void) {
  struct cfg c = {.name = "cfg", .b = 2, .arr = {7, 8}};
  int a[6] = {[4] = 40, [1] = 10, 11};
  struct cfg list[] = {[1] = {.a = 5}, [0].b = 3};
  printf("%d %d %s %d %d %d\n", c.a, c.b, c.name, c.arr[0], c.arr[1], c.arr[2]);
  for (int i = 0; i < 6; i++) printf("%d ", a[i]);
  printf("\n%d %d %d\n", (int)(sizeof list / sizeof list[0]), list[1].a, list[0].b);
  return 0;
}
