#include <stdio.h>
#include <stdbool.h>
bool is_even(int x) { return x % 2 == 0; }
int main(void) {
  bool a = true, b = 5, c = 0;
  _Bool d = 0.5;
  printf("%d %d %d %d %d\n", a, b, c, d, (int)sizeof(bool));
  int n = 0;
  for (int i = 0; i < 10; i++) n += is_even(i);
  printf("%d\n", n);
  bool e = !a || c;
  printf("%d\n", e);
  return 0;
}
