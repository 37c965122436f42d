#include <stdio.h>
/* The comma operator in conditions, for-loop headers, return values and
   macro bodies; its value is the right operand's. */
#define NEXT(a, b) (a = a + b, b = a - b, a)
static int calls;
static int tick(void) { return ++calls; }
int main(void) {
  int a = 1, b = 0;
  for (int i = 0; i < 10; i++) NEXT(a, b);
  printf("%d %d\n", a, b);
  int x = (tick(), tick(), tick());
  printf("%d %d\n", x, calls);
  int i, j, s = 0;
  for (i = 0, j = 10; i < j; i += 2, j -= 1) s += i * j;
  printf("%d %d %d\n", s, i, j);
  int n = 0;
  while (n++, n < 5) ;
  printf("%d\n", n);
  int arr[3] = { (1, 2), 3, (4, 5) };
  printf("%d %d %d\n", arr[0], arr[1], arr[2]);
  return 0;
}
