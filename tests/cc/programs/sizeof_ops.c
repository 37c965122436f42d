#include <stdio.h>
struct s { int a; char b[10]; };
int main(void) {
  int arr[10];
  struct s v;
  printf("%d %d %d %d\n", (int)sizeof arr, (int)sizeof(arr[0]), (int)sizeof v, (int)sizeof(struct s *));
  printf("%d %d %d\n", (int)sizeof(int[3][5]), (int)sizeof "abc", (int)sizeof(char));
  int x = 0;
  int n = sizeof(x++);
  printf("%d %d\n", n, x);
  return 0;
}
