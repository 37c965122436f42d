#include <stdio.h>
int main(void) {
  int a = 17, b = 5;
  printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
  printf("%d %d\n", -a / b, -a % b);
  printf("%d %d %d\n", a & b, a | b, a ^ b);
  printf("%d %d %d\n", a << 3, a >> 2, -a >> 2);
  printf("%d %d\n", ~a, !a);
  unsigned u = 0xffffffffu;
  printf("%u %u %u\n", u / 3, u % 7, u >> 4);
  return 0;
}
