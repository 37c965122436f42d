#include <stdio.h>
/* The conditional operator with pointers, void *, null pointer constants,
   structs, and as an lvalue target through a pointer. */
struct p { int x, y; };
static int pick_calls;
static const char *yesno(int b) { return b ? "yes" : "no"; }
int main(void) {
  int a = 1, b = 2;
  int *m = a > b ? &a : &b;
  *m = 20;
  printf("%d %d\n", a, b);
  *(a < b ? &a : &b) = 99;
  printf("%d %d\n", a, b);
  void *v = &a;
  int *ip = 1 ? v : &b;
  printf("%d\n", *ip);
  int *np = 0 ? &a : 0;
  printf("%d\n", np == 0);
  struct p p1 = { 1, 2 }, p2 = { 3, 4 };
  struct p chosen = pick_calls++ ? p1 : p2;
  printf("%d %d %d\n", chosen.x, chosen.y, pick_calls);
  printf("%s %s\n", yesno(3), yesno(0));
  int n = 7;
  const char *kind = n < 0 ? "neg" : n == 0 ? "zero" : n < 10 ? "small" : "big";
  printf("%s\n", kind);
  long long big = n > 5 ? 1LL << 40 : n;
  printf("%lld\n", big);
  double dv = n > 5 ? 1 : 2.5;
  printf("%.1f\n", dv);
  unsigned u = n > 100 ? 1u : -1;
  printf("%u\n", u);
  return 0;
}
