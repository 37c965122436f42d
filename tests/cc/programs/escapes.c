#include <stdio.h>
int main(void) {
  char s[] = "\a\b\f\n\r\t\v\\\'\"\?\0end";
  for (int i = 0; i < (int)sizeof s; i++) printf("%d ", s[i]);
  printf("\n%d %d %d %d\n", '\101', '\x7f', '\377', 'ab');
  printf("%d\n", (int)sizeof "a\0b");
  return 0;
}
