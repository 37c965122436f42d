#include <stdio.h>
struct item { const char *name; int qty; double price; };
int main(void) {
  struct item cart[] = {{"apple", 3, 0.5}, {"bread", 1, 2.25}, {"milk", 2, 1.0}};
  double total = 0;
  for (int i = 0; i < 3; i++) total += cart[i].qty * cart[i].price;
  printf("%d items, total %.2f\n", (int)(sizeof cart / sizeof cart[0]), total);
  struct { int a, b; } pairs[3] = {1, 2, 3, 4, 5};
  printf("%d %d %d\n", pairs[1].b, pairs[2].a, pairs[2].b);
  return 0;
}
