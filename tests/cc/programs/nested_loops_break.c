#include <stdio.h>
int main(void) {
  int found = -1;
  for (int i = 1; i < 50 && found < 0; i++)
    for (int j = i; j < 50; j++)
      if (i * i + j * j == 25 * 25 && i > 5) { found = i * 100 + j; break; }
  printf("%d\n", found);
  int k = 0;
  while (k < 100) {
    k += 7;
    if (k % 5 == 0) continue;
    if (k > 60) break;
  }
  printf("%d\n", k);
  return 0;
}
