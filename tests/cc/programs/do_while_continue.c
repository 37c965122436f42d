#include <stdio.h>
int main(void) {
  int i = 0, odd = 0;
  do {
    i++;
    if (i % 2 == 0) continue;
    odd += i;
  } while (i < 15);
  printf("%d\n", odd);
  int n = 0;
  while (1) { if (++n > 100) break; }
  printf("%d\n", n);
  for (;;) { n--; if (n < 50) break; }
  printf("%d\n", n);
  return 0;
}
