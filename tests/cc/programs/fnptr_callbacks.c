#include <stdio.h>
/* Callbacks with a context pointer: map, fold and filter over an array. */
typedef int (*fold_fn)(int acc, int x, void *ctx);
static int fold(const int *a, int n, int init, fold_fn f, void *ctx) {
  for (int i = 0; i < n; i++) init = f(init, a[i], ctx);
  return init;
}
static int sum(int acc, int x, void *ctx) { (void)ctx; return acc + x; }
static int count_above(int acc, int x, void *ctx) { return acc + (x > *(int *)ctx); }
static int max_fn(int acc, int x, void *ctx) { (void)ctx; return x > acc ? x : acc; }
static void map(int *a, int n, int (*f)(int)) { for (int i = 0; i < n; i++) a[i] = f(a[i]); }
static int sq(int x) { return x * x; }
static int neg(int x) { return -x; }
struct filter { int (*keep)(int); int kept; };
static int is_odd(int x) { return x & 1; }
static void apply(struct filter *f, const int *a, int n) {
  for (int i = 0; i < n; i++) if (f->keep(a[i])) f->kept++;
}
int main(void) {
  int a[] = { 3, 9, -2, 14, 7, 0, 5 };
  int n = sizeof a / sizeof a[0];
  int limit = 4;
  printf("%d %d %d\n", fold(a, n, 0, sum, 0), fold(a, n, 0, count_above, &limit), fold(a, n, -1000, max_fn, 0));
  map(a, n, sq);
  printf("%d\n", fold(a, n, 0, sum, 0));
  map(a, n, neg);
  printf("%d %d\n", a[1], fold(a, n, -1000, max_fn, 0));
  struct filter f = { is_odd, 0 };
  apply(&f, a, n);
  printf("%d\n", f.kept);
  return 0;
}
