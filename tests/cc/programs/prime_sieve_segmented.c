#include <stdio.h>
#include <string.h>
/* A segmented sieve of Eratosthenes up to 200000 in 8 KiB segments:
   prime counts per 20000 and the last few primes. */
#define LIMIT 200000
#define SEG 8192
int main(void) {
  static int small[512];
  int ns = 0;
  for (int i = 2; i * i <= LIMIT; i++) {
    int p = 1;
    for (int j = 0; j < ns && small[j] * small[j] <= i; j++) if (i % small[j] == 0) { p = 0; break; }
    if (p) small[ns++] = i;
  }
  static unsigned char seg[SEG];
  int count = 0, bucket = 0, last[5] = { 0 }, nl = 0;
  for (int lo = 2; lo <= LIMIT; lo += SEG) {
    int hi = lo + SEG - 1 < LIMIT ? lo + SEG - 1 : LIMIT;
    memset(seg, 1, sizeof seg);
    for (int k = 0; k < ns; k++) {
      int p = small[k];
      if (p * p > hi) break;
      int start = (lo + p - 1) / p * p;
      if (start < p * p) start = p * p;
      for (int m = start; m <= hi; m += p) seg[m - lo] = 0;
    }
    for (int i = lo; i <= hi; i++) {
      if (!seg[i - lo]) continue;
      count++;
      last[nl++ % 5] = i;
      while (i >= (bucket + 1) * 20000) { printf("%d ", count - 1); bucket++; }
    }
  }
  printf("\n%d\n", count);
  for (int i = 0; i < 5; i++) printf("%d ", last[(nl + i) % 5]);
  printf("\n");
  return 0;
}
