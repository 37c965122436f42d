#include <stdio.h>
struct p { int x; };
int main(void) {
  int a, b, c;
  a = b = c = 7;
  char ch; int wide;
  wide = ch = 300;
  struct p s1, s2, s3 = {4};
  s1 = s2 = s3;
  long long l; int i;
  l = i = -5;
  printf("%d %d %d %d %d %d %lld\n", a, b, c, wide, s1.x, s2.x, l);
  int arr[3];
  arr[0] = arr[1] = arr[2] = 9;
  printf("%d\n", arr[0] + arr[1] + arr[2]);
  return 0;
}
