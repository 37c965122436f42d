#include <stdio.h>
int main(void) {
  int counts[4] = {0};
  for (int i = 0; i < 20; i++) {
    switch (i % 5) {
      case 0: counts[0]++; continue;
      case 1:
      case 2: counts[1]++; break;
      case 3: counts[2]++;
      default: counts[3]++;
    }
    counts[0] += 10;
  }
  printf("%d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);
  long long big = 5000000000LL;
  switch ((int)(big % 7)) { case 5: puts("five"); break; default: puts("other"); }
  return 0;
}
