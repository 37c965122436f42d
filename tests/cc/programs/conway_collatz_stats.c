#include <stdio.h>
/* Collatz sequence statistics with 64-bit intermediate values: longest
   chain under a bound and the highest value reached. */
int main(void) {
  int best_n = 1, best_len = 1;
  unsigned long long peak = 0;
  int peak_n = 0;
  for (int n = 1; n < 30000; n++) {
    unsigned long long x = n;
    int len = 1;
    while (x != 1) {
      x = x & 1 ? 3 * x + 1 : x >> 1;
      if (x > peak) { peak = x; peak_n = n; }
      len++;
    }
    if (len > best_len) { best_len = len; best_n = n; }
  }
  printf("%d %d %llu %d\n", best_n, best_len, peak, peak_n);
  return 0;
}
