#include <stdio.h>
int main(void) {
  int i = 5;
  int a = i++, b = ++i, c = i--, d = --i;
  printf("%d %d %d %d %d\n", a, b, c, d, i);
  int arr[4] = {1, 2, 3, 4};
  int *p = arr;
  printf("%d ", *p++);
  printf("%d ", *++p);
  printf("%d\n", (*p)++);
  printf("%d\n", arr[2]);
  char s = 255;
  s++;
  printf("%d\n", s);
  return 0;
}
