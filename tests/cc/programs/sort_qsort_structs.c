#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* qsort with comparators over structs: by name, then by score descending
   with ties broken by name (a stable, total order). */
struct rec { char name[12]; int score; };
static int by_name(const void *a, const void *b) {
  return strcmp(((const struct rec *)a)->name, ((const struct rec *)b)->name);
}
static int by_score(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->score != y->score) return x->score < y->score ? 1 : -1;
  return strcmp(x->name, y->name);
}
static int cmp_int_desc(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x < y) - (x > y);
}
int main(void) {
  struct rec r[] = { { "mallory", 70 }, { "alice", 90 }, { "eve", 70 }, { "bob", 85 }, { "carol", 90 }, { "dave", 10 } };
  int n = sizeof r / sizeof r[0];
  qsort(r, n, sizeof r[0], by_name);
  for (int i = 0; i < n; i++) printf("%s ", r[i].name);
  printf("\n");
  qsort(r, n, sizeof r[0], by_score);
  for (int i = 0; i < n; i++) printf("%s:%d ", r[i].name, r[i].score);
  printf("\n");
  int v[] = { 5, -1, 2147483647, -2147483647 - 1, 0, 3 };
  qsort(v, 6, sizeof v[0], cmp_int_desc);
  for (int i = 0; i < 6; i++) printf("%d ", v[i]);
  printf("\n");
  return 0;
}
