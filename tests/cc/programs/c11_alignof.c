#include <stdio.h>
#include <stddef.h>
#include <stdalign.h>
/* _Alignof / alignof of the types where i386 and rv32 agree, and _Alignas. */
struct small { char c; short s; };
struct words { char c; int i; };
int main(void) {
  printf("%d %d %d %d\n", (int)_Alignof(char), (int)_Alignof(short), (int)_Alignof(int), (int)_Alignof(long));
  printf("%d %d\n", (int)_Alignof(void *), (int)alignof(struct small));
  printf("%d %d\n", (int)_Alignof(struct words), (int)_Alignof(char[10]));
  _Alignas(16) char buf[3];
  alignas(8) int x = 1;
  printf("%d %d\n", (int)((unsigned long)buf % 16), (int)((unsigned long)&x % 8));
  struct { char c; _Alignas(8) int n; } s;
  printf("%d %d\n", (int)offsetof(__typeof__(s), n), (int)sizeof s);
  printf("%d\n", (int)offsetof(struct words, i));
  return 0;
}
