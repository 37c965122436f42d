#include <stdio.h>
#include <stdlib.h>
struct msg { int len; char data[]; };
int main(void) {
  struct msg *m = malloc(sizeof *m + 6);
  m->len = 5;
  for (int i = 0; i < 5; i++) m->data[i] = 'a' + i;
  m->data[5] = 0;
  printf("%d %d %s\n", (int)sizeof(struct msg), m->len, m->data);
  return 0;
}
