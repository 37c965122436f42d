#include <stdio.h>
#include <stdlib.h>
struct tree { int v; struct tree *l, *r; };
struct tree *insert(struct tree *t, int v) {
  if (!t) { t = calloc(1, sizeof *t); t->v = v; return t; }
  if (v < t->v) t->l = insert(t->l, v); else t->r = insert(t->r, v);
  return t;
}
void walk(struct tree *t) { if (!t) return; walk(t->l); printf("%d ", t->v); walk(t->r); }
int height(struct tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
int main(void) {
  struct tree *root = 0;
  int vals[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
  for (int i = 0; i < 10; i++) root = insert(root, vals[i]);
  walk(root);
  printf("\nheight %d\n", height(root));
  return 0;
}
