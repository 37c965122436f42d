#include <stdio.h>
int main(void) {
  int i = 0, sum = 0;
again:
  sum += i;
  if (++i < 10) goto again;
  printf("%d\n", sum);
  for (int a = 0; a < 3; a++)
    for (int b = 0; b < 3; b++)
      if (a * b == 2) goto out;
out:
  puts("out");
  return 0;
}
