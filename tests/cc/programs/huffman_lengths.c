#include <stdio.h>
/* Huffman code lengths with a simple O(n^2) minimum selection, and the
   total encoded size; canonical codes printed in binary. */
#define MAXN 16
int main(void) {
  int freq[] = { 45, 13, 12, 16, 9, 5 };
  const char sym[] = "abcdef";
  int n = 6;
  int weight[2 * MAXN], parent[2 * MAXN], alive[2 * MAXN];
  for (int i = 0; i < n; i++) { weight[i] = freq[i]; alive[i] = 1; parent[i] = -1; }
  int total = n;
  for (int round = 0; round < n - 1; round++) {
    int a = -1, b = -1;
    for (int i = 0; i < total; i++) {
      if (!alive[i]) continue;
      if (a < 0 || weight[i] < weight[a]) { b = a; a = i; }
      else if (b < 0 || weight[i] < weight[b]) b = i;
    }
    alive[a] = alive[b] = 0;
    weight[total] = weight[a] + weight[b];
    parent[a] = parent[b] = total;
    parent[total] = -1;
    alive[total] = 1;
    total++;
  }
  int len[MAXN], bits = 0;
  for (int i = 0; i < n; i++) {
    len[i] = 0;
    for (int p = i; parent[p] >= 0; p = parent[p]) len[i]++;
    bits += len[i] * freq[i];
  }
  int code = 0, prev = 0;
  for (int l = 1; l <= n; l++) {
    for (int i = 0; i < n; i++) {
      if (len[i] != l) continue;
      code <<= l - prev;
      prev = l;
      printf("%c %d ", sym[i], l);
      for (int k = l - 1; k >= 0; k--) putchar('0' + ((code >> k) & 1));
      putchar('\n');
      code++;
    }
  }
  printf("bits %d\n", bits);
  return 0;
}
