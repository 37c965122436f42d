#include <stdio.h>
#define MAX(a, b) ({ int _a = (a), _b = (b); _a > _b ? _a : _b; })
int main(void) {
  int i = 3;
  int m = MAX(i++, 2);
  printf("%d %d\n", m, i);
  int v = ({ int t = 0; for (int k = 0; k < 5; k++) t += k; t; });
  printf("%d\n", v);
  return 0;
}
