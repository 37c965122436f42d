#include <stdio.h>
struct blob { char data[200]; int tag; };
struct blob make(int t) { struct blob b; for (int i = 0; i < 200; i++) b.data[i] = (char)(i + t); b.tag = t; return b; }
int check(struct blob b) { int s = 0; for (int i = 0; i < 200; i++) s += (unsigned char)b.data[i]; return s + b.tag; }
int main(void) {
  struct blob a = make(3);
  struct blob b = a;
  b.data[0] = 100;
  printf("%d %d %d\n", check(a), check(b), a.data[0]);
  struct blob arr[3];
  arr[1] = make(1);
  printf("%d\n", arr[1].data[199]);
  return 0;
}
