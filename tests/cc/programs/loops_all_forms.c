#include <stdio.h>
/* Loop forms: empty bodies, comma expressions in for, loops with no
   condition, do-while with continue, nested break/continue, counting down
   with unsigned. */
int main(void) {
  int i, j;
  for (i = 0, j = 10; i < j; i++, j--) ;
  printf("%d %d\n", i, j);
  int n = 0;
  for (;;) { if (++n == 7) break; }
  printf("%d\n", n);
  int k = 0, odd = 0;
  do {
    k++;
    if (k % 2 == 0) continue;
    odd += k;
  } while (k < 10);
  printf("%d\n", odd);
  int count = 0;
  for (int a = 0; a < 5; a++) {
    if (a == 3) continue;
    for (int b = 0; b < 5; b++) {
      if (b > a) break;
      count++;
    }
  }
  printf("%d\n", count);
  unsigned u;
  int steps = 0;
  for (u = 5; u-- > 0;) steps++;
  printf("%d %u\n", steps, u);
  const char *s = "skip spaces";
  while (*s && *s != ' ') s++;
  printf("%s\n", s);
  int w = 100;
  while (w /= 3) printf("%d ", w);
  printf("\n");
  int x = 0;
  do x += 5; while (x < 0);
  printf("%d\n", x);
  return 0;
}
