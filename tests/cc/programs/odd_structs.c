#include <stdio.h>
struct s3 { char a, b, c; };
struct s5 { char a[5]; };
struct s6 { short a, b, c; };
struct s3 mk3(int x) { struct s3 r = {x, x + 1, x + 2}; return r; }
struct s5 mk5(int x) { struct s5 r; for (int i = 0; i < 5; i++) r.a[i] = x + i; return r; }
struct s6 mk6(int x) { struct s6 r = {x, -x, x * 2}; return r; }
int sum3(struct s3 s) { return s.a + s.b + s.c; }
int sum5(struct s5 s) { int t = 0; for (int i = 0; i < 5; i++) t += s.a[i]; return t; }
int sum6(struct s6 s, struct s3 t) { return s.a + s.b + s.c + sum3(t); }
int main(void) {
  struct s3 a = mk3(10);
  struct s5 b = mk5(20);
  struct s6 c = mk6(30);
  printf("%d %d %d %d\n", sum3(a), sum5(b), sum6(c, a), (int)sizeof(struct s6));
  struct s3 arr[3] = {mk3(1), mk3(2), mk3(3)};
  printf("%d\n", sum3(arr[1]) + sum3(arr[2]));
  int pick = 1;
  struct s3 d = pick ? arr[0] : arr[2];
  printf("%d\n", d.c);
  return 0;
}
