#include <stdio.h>
void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
int main(void) {
  int x = 1, y = 2;
  swap(&x, &y);
  int arr[5] = {10, 20, 30, 40, 50};
  int *p = arr;
  p += 2;
  printf("%d %d %d %d\n", x, y, *p, p[1]);
  printf("%d\n", (int)(&arr[4] - p));
  int **pp = &p;
  **pp = 99;
  printf("%d %d\n", arr[2], *(arr + 2));
  char s[] = "hello";
  char *q = s;
  while (*q) q++;
  printf("len=%d\n", (int)(q - s));
  return 0;
}
