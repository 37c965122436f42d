#include <stdio.h>
/* sizeof: on types, expressions (not evaluated), arrays vs pointers,
   string literals, function designators' pointers, in constant expressions. */
struct s { char c; int i; short sh; };
static int calls;
static int side(void) { calls++; return 1; }
static int param_size(int a[10]) { return (int)sizeof a; }
int main(void) {
  int arr[7];
  int *p = arr;
  char str[] = "hello";
  const char *ps = "hello";
  printf("%d %d %d %d\n", (int)sizeof arr, (int)sizeof p, (int)sizeof str, (int)sizeof ps);
  printf("%d %d\n", (int)sizeof "abc", (int)sizeof("abc" + 1));
  printf("%d %d\n", (int)sizeof(struct s), (int)sizeof(struct s[3]));
  int n = sizeof(side());
  n += sizeof side() + sizeof(arr[side()]);
  printf("%d %d\n", n, calls);
  printf("%d\n", param_size(arr));
  printf("%d %d %d\n", (int)sizeof(char), (int)sizeof 'x', (int)sizeof(1.0f));
  printf("%d %d\n", (int)sizeof(int (*)(void)), (int)sizeof(int *[4]));
  printf("%d\n", (int)sizeof(arr) / (int)sizeof(arr[0]));
  char buf[sizeof(struct s) * 2];
  printf("%d\n", (int)sizeof buf);
  int x = 5;
  printf("%d %d\n", (int)sizeof(x++), x);
  printf("%d\n", (int)sizeof(short) + (int)sizeof(long) * 10);
  return 0;
}
