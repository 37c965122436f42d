#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Flexible array members: a length-prefixed string type and a growable
   vector allocated in one block. */
struct str { int len; char data[]; };
struct vec { int n, cap; int items[]; };
static struct str *str_new(const char *s) {
  int n = strlen(s);
  struct str *r = malloc(sizeof *r + n + 1);
  r->len = n;
  memcpy(r->data, s, n + 1);
  return r;
}
static struct vec *vec_push(struct vec *v, int x) {
  if (!v || v->n == v->cap) {
    int cap = v ? v->cap * 2 : 2;
    struct vec *nv = realloc(v, sizeof(struct vec) + cap * sizeof(int));
    if (!v) nv->n = 0;
    nv->cap = cap;
    v = nv;
  }
  v->items[v->n++] = x;
  return v;
}
int main(void) {
  struct str *s = str_new("flexible");
  printf("%d %s %d\n", s->len, s->data, (int)sizeof(struct str));
  struct vec *v = 0;
  for (int i = 0; i < 20; i++) v = vec_push(v, i * 3);
  int sum = 0;
  for (int i = 0; i < v->n; i++) sum += v->items[i];
  printf("%d %d %d %d\n", v->n, v->cap, sum, (int)sizeof(struct vec));
  free(s);
  free(v);
  return 0;
}
