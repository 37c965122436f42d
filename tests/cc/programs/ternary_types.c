#include <stdio.h>
int main(void) {
  int i = 1;
  double d = i ? 1 : 2.5;
  unsigned u = i ? -1 : 0u;
  long long ll = i ? 5 : 1LL;
  printf("%.1f %u %lld %d\n", d, u, ll, (int)sizeof(i ? 'a' : 1LL));
  char *s = i ? "yes" : 0;
  printf("%s\n", s);
  return 0;
}
