#include <stdio.h>
int main(void) {
  int a = 10;
  a += 5; a -= 3; a *= 4; a /= 6; a %= 5; a <<= 3; a >>= 1; a |= 1; a &= 13; a ^= 6;
  printf("%d\n", a);
  int arr[3] = {1, 2, 3};
  int i = 0;
  arr[i++] += 10;
  arr[i++] *= 10;
  printf("%d %d %d %d\n", arr[0], arr[1], arr[2], i);
  char c = 250;
  c += 10;
  printf("%d\n", c);
  int *p = arr;
  p += 2;
  printf("%d\n", *p);
  return 0;
}
