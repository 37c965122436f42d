#include <stdio.h>
#include <stddef.h>
/* Pointer arithmetic: differences, comparisons, one past the end,
   negative indices, arithmetic on struct and double pointers. */
struct big { int a[5]; };
int main(void) {
  int arr[10];
  for (int i = 0; i < 10; i++) arr[i] = i * i;
  int *end = arr + 10;
  int *mid = &arr[5];
  printf("%d %d %d\n", (int)(end - arr), (int)(mid - end), mid[-2]);
  printf("%d %d\n", end > mid, arr <= mid);
  ptrdiff_t d = &arr[9] - &arr[2];
  printf("%d\n", (int)d);
  struct big bs[4];
  struct big *bp = bs;
  printf("%d\n", (int)((char *)(bp + 3) - (char *)bp));
  double ds[5] = { 0.5, 1.5, 2.5, 3.5, 4.5 };
  double *dp = ds + 4;
  printf("%.1f %d\n", *(dp - 2), (int)(dp - ds));
  int sum = 0;
  for (int *p = end - 1; p >= arr + 5; p--) sum += *p;
  printf("%d\n", sum);
  char *cp = (char *)&arr[1];
  int *back = (int *)(cp + sizeof(int));
  printf("%d\n", *back);
  printf("%d\n", 3[arr]);
  int i = 4;
  printf("%d\n", *(i + arr));
  const int *cend = end;
  printf("%d\n", (int)(cend - arr));
  return 0;
}
