#include <stdio.h>
#include <stdint.h>
/* Casts between pointers and integers, between pointer types, through
   void *, and reading an object's bytes through unsigned char *. */
struct pair { int a, b; };
int main(void) {
  int x = 0x01020304;
  unsigned char *bytes = (unsigned char *)&x;
  printf("%d %d %d %d\n", bytes[0], bytes[1], bytes[2], bytes[3]);
  uintptr_t addr = (uintptr_t)&x;
  int *back = (int *)addr;
  printf("%d\n", *back == x);
  void *v = &x;
  short *sp = v;
  printf("%x %x\n", sp[0], sp[1]);
  struct pair pr = { 5, 6 };
  int *ip = (int *)&pr;
  printf("%d %d\n", ip[0], ip[1]);
  struct pair *pp = (struct pair *)ip;
  printf("%d\n", pp->b);
  char buf[8] = { 1, 0, 0, 0, 2, 0, 0, 0 };
  int *aligned = (int *)(void *)buf;
  printf("%d\n", aligned[0] + aligned[1]);
  long l = (long)(int *)0;
  printf("%ld\n", l);
  int *null = (int *)0;
  printf("%d %d\n", null == 0, !null);
  printf("%d\n", (int)((char *)&pr.b - (char *)&pr.a));
  return 0;
}
