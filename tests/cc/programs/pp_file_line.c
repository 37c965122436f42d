#include <stdio.h>
#include <string.h>
/* __FILE__, __LINE__, #line and macros that capture the caller's line. */
#define WHERE() printf("at line %d\n", __LINE__)
#define CHECK(c) ((c) ? 0 : printf("check failed: %s (line %d)\n", #c, __LINE__))
static const char *base(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}
int main(void) {
  printf("%s\n", base(__FILE__));
  printf("%d\n", __LINE__);
  WHERE();
  CHECK(1 + 1 == 3);
  CHECK(2 > 1);
  int x = __LINE__
    + 0;
  printf("%d\n", x);
#line 500
  printf("%d\n", __LINE__);
#line 42 "renamed.c"
  printf("%s %d\n", __FILE__, __LINE__);
  printf("%d\n", __STDC__);
  return 0;
}
