#include <stdio.h>
const int limit = 5;
volatile int ticks;
int sum(const int *restrict a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int main(void) {
  const int vals[] = {1, 2, 3, 4, 5};
  for (int i = 0; i < limit; i++) ticks++;
  const char *const msg = "const";
  printf("%d %d %s\n", sum(vals, limit), ticks, msg);
  return 0;
}
