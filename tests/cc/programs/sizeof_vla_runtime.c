#include <stdio.h>
/* Variable-length arrays: size decided at run time, sizeof evaluated at
   run time, VLAs in loops (fresh each iteration) and passed to functions. */
static int sum(int n, const int *a) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int main(void) {
  for (int n = 1; n <= 5; n++) {
    int v[n];
    for (int i = 0; i < n; i++) v[i] = i * n;
    printf("%d %d %d\n", n, (int)sizeof v, sum(n, v));
  }
  int m = 7;
  char buf[m * 3];
  printf("%d\n", (int)sizeof buf);
  double d[m];
  printf("%d\n", (int)(sizeof d / sizeof d[0]));
  return 0;
}
