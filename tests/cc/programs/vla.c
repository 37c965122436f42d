#include <stdio.h>
int sum_squares(int n) {
  int a[n];
  for (int i = 0; i < n; i++) a[i] = i * i;
  int s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s + (int)sizeof a;
}
int main(void) {
  int total = 0;
  for (int k = 1; k <= 200; k++) {
    char buf[k + 1];
    for (int i = 0; i < k; i++) buf[i] = 'a' + i % 26;
    buf[k] = 0;
    total += buf[k - 1];
  }
  printf("%d %d\n", sum_squares(10), total);
  return 0;
}
