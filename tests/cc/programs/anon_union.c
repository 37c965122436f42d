#include <stdio.h>
struct value {
  int kind;
  union { int i; char c; struct { short lo, hi; }; };
};
int main(void) {
  struct value v;
  v.kind = 1;
  v.i = 0x00020001;
  printf("%d %d %d %d\n", v.kind, v.lo, v.hi, (int)sizeof v);
  v.c = 'z';
  printf("%c\n", v.c);
  return 0;
}
