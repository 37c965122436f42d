#include <stdio.h>
/* printf formats: widths and precisions from arguments (*), flags
   combined, strings with precision, unsigned and hex in long long. */
int main(void) {
  printf("[%*d] [%-*d] [%.*d]\n", 6, 42, 6, 42, 5, 42);
  printf("[%.3s] [%10.2s] [%-6.4s]\n", "abcdef", "xyz", "hello");
  printf("[%+5d] [%+5d] [%-+5d] [% 05d]\n", 7, -7, 7, 7);
  printf("[%08.3f] [%-8.2f] [%+.1f]\n", 3.14159, -2.5, 9.99);
  printf("[%#o] [%#x] [%#X] [%08x]\n", 0, 0, 255, 0xbeef);
  printf("[%llx] [%llX] [%llo] [%20llu]\n", 0x123456789abcdefULL, 0xfedcba9876543210ULL, 0777777777777ULL, 12345678901234567890ULL);
  printf("[%5c] [%-5c] [%%]\n", 'x', 'y');
  printf("[%.0f] [%.1f]\n", 2.4, 0.07);
  printf("[%d %i %u]\n", -1, -1, -1);
  printf("[%s]\n", "");
  printf("%d%s%d\n", 1, "-", 2);
  return 0;
}
