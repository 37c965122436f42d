#include <stdio.h>
/* Returning structs of every size class: 1, 4, 8, 12, 24 bytes. */
struct s1 { char c; };
struct s4 { short a, b; };
struct s8 { int a, b; };
struct s12 { int a, b, c; };
struct s24 { int v[6]; };
static struct s1 mk1(int x) { struct s1 s = { (char)x }; return s; }
static struct s4 mk4(int x) { return (struct s4){ (short)x, (short)-x }; }
static struct s8 mk8(int x) { return (struct s8){ x, x * 2 }; }
static struct s12 mk12(int x) { return (struct s12){ x, x + 1, x + 2 }; }
static struct s24 mk24(int x) { struct s24 s; for (int i = 0; i < 6; i++) s.v[i] = x * i; return s; }
static int sum24(struct s24 s) { int t = 0; for (int i = 0; i < 6; i++) t += s.v[i]; return t; }
int main(void) {
  printf("%d\n", mk1(65).c);
  printf("%d %d\n", mk4(300).a, mk4(300).b);
  struct s8 e = mk8(21);
  printf("%d %d\n", e.a, e.b);
  printf("%d\n", mk12(5).c);
  printf("%d %d\n", mk24(3).v[5], sum24(mk24(2)));
  struct s12 arr[2] = { mk12(10), mk12(20) };
  printf("%d %d\n", arr[0].b, arr[1].c);
  int total = 0;
  for (int i = 0; i < 4; i++) total += mk8(i).b + mk12(i).a + mk24(i).v[1];
  printf("%d\n", total);
  return 0;
}
