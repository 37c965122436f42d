#include <stdio.h>
int main(void) {
  int sum = 0;
  for (int i = 0; i < 10; i++) sum += i;
  int j = 0;
  while (j < 5) { sum += j; j++; }
  do { sum--; } while (sum > 40);
  for (int i = 0; i < 10; i++) {
    if (i == 3) continue;
    if (i == 7) break;
    sum += 100;
  }
  printf("sum=%d\n", sum);
  return 0;
}
