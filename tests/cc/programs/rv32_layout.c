// forklab-test: no-native
// RV32 ilp32 aligns long long and double to 8 (i386 does not), so this
// layout test has its own expected output.
#include <stdio.h>
#include <stddef.h>
struct b { char c; long long ll; char d; };
union u { int i; char c[5]; double d; };
struct f { int i; double d; };
int main(void) {
  printf("%d %d %d\n", (int)sizeof(struct b), (int)sizeof(union u), (int)sizeof(struct f));
  printf("%d %d\n", (int)offsetof(struct b, ll), (int)offsetof(struct f, d));
  printf("%d %d %d\n", (int)_Alignof(struct b), (int)_Alignof(long long), (int)_Alignof(double));
  return 0;
}
