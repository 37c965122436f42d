#include <stdio.h>
#include <string.h>
/* A generic sort of our own taking an element size and comparator (like
   qsort), used on ints, doubles, strings and structs. */
static void gsort(void *base, int n, int size, int (*cmp)(const void *, const void *)) {
  char *b = base;
  char tmp[64];
  for (int i = 1; i < n; i++) {
    memcpy(tmp, b + i * size, size);
    int j = i - 1;
    while (j >= 0 && cmp(b + j * size, tmp) > 0) { memcpy(b + (j + 1) * size, b + j * size, size); j--; }
    memcpy(b + (j + 1) * size, tmp, size);
  }
}
static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
struct emp { char name[8]; int age; };
static int cmp_age_desc(const void *a, const void *b) { return ((const struct emp *)b)->age - ((const struct emp *)a)->age; }
int main(void) {
  int is[] = { 5, -2, 9, 0, 3 };
  gsort(is, 5, sizeof is[0], cmp_int);
  for (int i = 0; i < 5; i++) printf("%d ", is[i]);
  double ds[] = { 2.5, -1.25, 10.0, 0.5 };
  gsort(ds, 4, sizeof ds[0], cmp_dbl);
  for (int i = 0; i < 4; i++) printf("%.2f ", ds[i]);
  const char *ss[] = { "pear", "apple", "fig", "banana" };
  gsort(ss, 4, sizeof ss[0], cmp_str);
  for (int i = 0; i < 4; i++) printf("%s ", ss[i]);
  printf("\n");
  struct emp es[] = { { "ann", 31 }, { "bo", 45 }, { "cy", 22 }, { "di", 45 } };
  gsort(es, 4, sizeof es[0], cmp_age_desc);
  for (int i = 0; i < 4; i++) printf("%s:%d ", es[i].name, es[i].age);
  printf("\n");
  return 0;
}
