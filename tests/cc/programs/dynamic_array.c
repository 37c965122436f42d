#include <stdio.h>
#include <stdlib.h>
struct vec { int *data; int len, cap; };
void push(struct vec *v, int x) {
  if (v->len == v->cap) { v->cap = v->cap ? v->cap * 2 : 4; v->data = realloc(v->data, v->cap * sizeof(int)); }
  v->data[v->len++] = x;
}
int main(void) {
  struct vec v = {0};
  for (int i = 0; i < 100; i++) push(&v, i * 3);
  long s = 0;
  for (int i = 0; i < v.len; i++) s += v.data[i];
  printf("%d %d %ld\n", v.len, v.cap, s);
  return 0;
}
