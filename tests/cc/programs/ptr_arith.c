#include <stdio.h>
struct rec { int id; char name[6]; };
int main(void) {
  struct rec recs[4] = {{1, "a"}, {2, "b"}, {3, "c"}, {4, "d"}};
  struct rec *p = recs, *q = &recs[3];
  printf("%d %d %d\n", (int)(q - p), q->id, (p + 2)->id);
  printf("%d\n", (int)((char *)q - (char *)p));
  long *lp = (long *)0x1000;
  printf("%x\n", (unsigned)(lp + 3));
  int arr[10];
  int *e = arr + 10;
  int n = 0;
  for (int *i = arr; i != e; i++) n++;
  printf("%d %d\n", n, p < q);
  short *sp = (short *)arr;
  sp += 3;
  printf("%d\n", (int)((char *)sp - (char *)arr));
  return 0;
}
