#include <stdio.h>
int steps(long long n) { int s = 0; while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; s++; } return s; }
int main(void) {
  int best = 0, arg = 0;
  for (int i = 1; i < 3000; i++) { int s = steps(i); if (s > best) { best = s; arg = i; } }
  printf("%d %d\n", arg, best);
  return 0;
}
