#include <stdio.h>
/* Unions: size of the largest member, tagged unions, reading bytes. */
enum kind { INT, STR, PAIR };
struct value {
  enum kind kind;
  union { int i; const char *s; struct { short a, b; } pair; } u;
};
static void show(struct value v) {
  switch (v.kind) {
  case INT: printf("int %d\n", v.u.i); break;
  case STR: printf("str %s\n", v.u.s); break;
  case PAIR: printf("pair %d %d\n", v.u.pair.a, v.u.pair.b); break;
  }
}
union word { unsigned int w; unsigned short h[2]; unsigned char b[4]; };
union big { char c; short arr[5]; int i; };
int main(void) {
  struct value vals[3] = { { INT, { .i = 42 } }, { STR, { .s = "hi" } }, { PAIR, { .pair = { 3, -4 } } } };
  for (int i = 0; i < 3; i++) show(vals[i]);
  union word w;
  w.w = 0x11223344;
  printf("%x %x %x %x %x %x\n", w.h[0], w.h[1], w.b[0], w.b[1], w.b[2], w.b[3]);
  w.b[0] = 0xff;
  printf("%x\n", w.w);
  printf("%d %d\n", (int)sizeof(union word), (int)sizeof(union big));
  union word init = { 0xabcd };
  printf("%x\n", init.w);
  return 0;
}
