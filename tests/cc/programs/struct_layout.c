#include <stdio.h>
#include <stddef.h>
struct a { char c; int i; short s; };
struct c { char x[3]; };
struct d { short s; char c; };
union u { int i; char c[5]; short h; };
struct e { char c; struct a inner; char tail[2]; };
int main(void) {
  printf("%d %d %d %d %d\n", (int)sizeof(struct a), (int)sizeof(struct c), (int)sizeof(struct d), (int)sizeof(union u), (int)sizeof(struct e));
  printf("%d %d %d\n", (int)offsetof(struct a, i), (int)offsetof(struct a, s), (int)offsetof(struct e, tail));
  printf("%d %d\n", (int)_Alignof(struct a), (int)_Alignof(union u));
  return 0;
}
