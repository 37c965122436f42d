#include <stdio.h>
int main(void) {
  long long v[] = {0, 1, -1, 4294967296LL, -4294967296LL, 9223372036854775807LL, (-9223372036854775807LL - 1), 4294967295LL};
  int n = sizeof v / sizeof v[0];
  int lt = 0, le = 0, eq = 0, ult = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      lt += v[i] < v[j];
      le += v[i] <= v[j];
      eq += v[i] == v[j];
      ult += (unsigned long long)v[i] < (unsigned long long)v[j];
    }
  printf("%d %d %d %d\n", lt, le, eq, ult);
  return 0;
}
