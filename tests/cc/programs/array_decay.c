#include <stdio.h>
int sum(int a[], int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int sum2d(int m[][3], int rows) { int s = 0; for (int i = 0; i < rows; i++) for (int j = 0; j < 3; j++) s += m[i][j]; return s; }
int first(int *p) { return *p; }
int main(void) {
  int a[5] = {1, 2, 3, 4, 5};
  int m[2][3] = {{1, 1, 1}, {2, 2, 2}};
  printf("%d %d %d %d\n", sum(a, 5), sum2d(m, 2), first(a + 3), first(m[1]));
  printf("%d %d\n", (int)sizeof(a), (int)sizeof(&a[0]));
  int (*pa)[5] = &a;
  printf("%d\n", (*pa)[4]);
  return 0;
}
