#include <stdio.h>
int main(void) {
  printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42);
  printf("[%x] [%X] [%#x] [%o] [%#o]\n", 255, 255, 255, 8, 8);
  printf("[%c%c%c] [%s] [%10s] [%-10s]\n", 'a', 'b', 'c', "str", "right", "left");
  printf("[%u] [%ld] [%lu] [%lld] [%llu]\n", 4000000000u, -5L, 5UL, -5LL, 18446744073709551615ULL);
  printf("[%.3d] [%%] [%p]\n", 7, (void *)0x1234);
  printf("[%.2f] [%8.3f] [%-8.1f] [%f]\n", 3.14159, 2.5, -1.25, 0.0);
  return 0;
}
