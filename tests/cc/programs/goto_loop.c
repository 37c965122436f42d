#include <stdio.h>
int main(void) {
  int n = 0, i = 0;
loop:
  if (i >= 5) goto end;
  n += i * i;
  i++;
  goto loop;
end:
  printf("%d\n", n);
  int retries = 0;
retry:
  if (++retries < 3) goto retry;
  printf("%d\n", retries);
  return 0;
}
