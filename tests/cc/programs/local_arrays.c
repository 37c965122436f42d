#include <stdio.h>
int main(void) {
  int zero[100] = {0};
  int partial[8] = {1, 2};
  char s[20] = "abc";
  int sum = 0;
  for (int i = 0; i < 100; i++) sum += zero[i];
  for (int i = 0; i < 8; i++) sum += partial[i];
  printf("%d %s %d %d\n", sum, s, s[5], (int)sizeof s);
  int big[1000];
  for (int i = 0; i < 1000; i++) big[i] = i;
  long t = 0;
  for (int i = 0; i < 1000; i++) t += big[i];
  printf("%ld\n", t);
  return 0;
}
