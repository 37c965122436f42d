#include <stdio.h>
/* Backslash continuation, do { } while (0) statement macros, swap. */
#define SWAP(T, a, b) do { \
    T tmp_ = (a);          \
    (a) = (b);             \
    (b) = tmp_;            \
  } while (0)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(x, lo, hi) MIN(MAX(x, lo), hi)
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define FOREACH(i, n) for (int i = 0; \
                           i < (n);   \
                           i++)
int main(void) {
  int a = 1, b = 2;
  if (a < b) SWAP(int, a, b); else puts("never");
  printf("%d %d\n", a, b);
  double x = 1.5, y = -2.5;
  SWAP(double, x, y);
  printf("%.1f %.1f\n", x, y);
  int arr[] = {5, -3, 12, 7, 99, 0};
  FOREACH(i, (int)ARRAY_LEN(arr)) printf("%d ", CLAMP(arr[i], 0, 10));
  printf("\n%u\n", (unsigned)ARRAY_LEN(arr));
  return 0;
}
