#include <stdio.h>
/* Bottom-up merge sort of 64-bit keys with a ping-pong buffer, then
   deduplication and a checksum. */
#define N 200
int main(void) {
  static long long a[N], b[N];
  unsigned long long x = 88172645463325252ULL;
  for (int i = 0; i < N; i++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; a[i] = (long long)(x % 1000) - 500; }
  long long *src = a, *dst = b;
  for (int w = 1; w < N; w *= 2) {
    for (int lo = 0; lo < N; lo += 2 * w) {
      int mid = lo + w < N ? lo + w : N, hi = lo + 2 * w < N ? lo + 2 * w : N;
      int i = lo, j = mid, k = lo;
      while (i < mid && j < hi) dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    long long *t = src; src = dst; dst = t;
  }
  int u = 0;
  for (int i = 0; i < N; i++) if (i == 0 || src[i] != src[u - 1]) src[u++] = src[i];
  long long check = 0;
  for (int i = 0; i < u; i++) check = check * 31 + src[i];
  printf("%d %lld %lld %lld\n", u, src[0], src[u - 1], check);
  return 0;
}
