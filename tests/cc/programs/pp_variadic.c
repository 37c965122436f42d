#include <stdio.h>
/* Variadic macros: __VA_ARGS__, counting arguments, forwarding. */
#define LOG(fmt, ...) printf("log: " fmt "\n", __VA_ARGS__)
#define SHOW(...) printf(__VA_ARGS__)
#define COUNT_(a, b, c, d, e, n, ...) n
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
#define STRINGS(...) #__VA_ARGS__
#define CALL(f, ...) f(__VA_ARGS__)
static int sum3(int a, int b, int c) { return a + b + c; }
int main(void) {
  LOG("%d + %d = %d", 2, 3, 5);
  SHOW("plain\n");
  SHOW("%s-%s\n", "a", "b");
  printf("%d %d %d %d\n", COUNT(x), COUNT(x, y), COUNT(x, y, z), COUNT(1, 2, 3, 4, 5));
  printf("%d\n", FIRST(7, 8, 9));
  printf("%d\n", sum3(REST(0, 10, 20, 30)));
  printf("%s\n", STRINGS(a, b,   c));
  printf("%d\n", CALL(sum3, 1, 2, 3));
  return 0;
}
