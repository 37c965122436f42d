#include <stdio.h>
/* Mutual recursion through function pointers stored in a table, and a
   trampoline that avoids deep recursion. */
typedef struct step step;
struct step { step (*fn)(int); int arg; int done; int result; };
static step even_step(int n);
static step odd_step(int n);
static step even_step(int n) { if (n == 0) return (step){ 0, 0, 1, 1 }; return (step){ odd_step, n - 1, 0, 0 }; }
static step odd_step(int n) { if (n == 0) return (step){ 0, 0, 1, 0 }; return (step){ even_step, n - 1, 0, 0 }; }
static int trampoline(step s) { while (!s.done) s = s.fn(s.arg); return s.result; }
static int is_even_rec(int n);
static int is_odd_rec(int n) { return n == 0 ? 0 : is_even_rec(n - 1); }
static int is_even_rec(int n) { return n == 0 ? 1 : is_odd_rec(n - 1); }
int main(void) {
  printf("%d %d %d\n", trampoline(even_step(10)), trampoline(even_step(7)), trampoline(odd_step(100001)));
  printf("%d %d\n", is_even_rec(1000), is_odd_rec(999));
  int (*f[2])(int) = { is_even_rec, is_odd_rec };
  int c = 0;
  for (int i = 0; i < 20; i++) c += f[i & 1](i);
  printf("%d\n", c);
  return 0;
}
