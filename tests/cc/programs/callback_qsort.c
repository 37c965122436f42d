#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct person { char name[12]; int age; };
int by_age(const void *a, const void *b) { return ((const struct person *)a)->age - ((const struct person *)b)->age; }
int by_name(const void *a, const void *b) { return strcmp(((const struct person *)a)->name, ((const struct person *)b)->name); }
int main(void) {
  struct person ps[] = {{"zed", 30}, {"amy", 25}, {"bob", 41}, {"kim", 19}};
  qsort(ps, 4, sizeof ps[0], by_age);
  for (int i = 0; i < 4; i++) printf("%s:%d ", ps[i].name, ps[i].age);
  printf("\n");
  qsort(ps, 4, sizeof ps[0], by_name);
  for (int i = 0; i < 4; i++) printf("%s ", ps[i].name);
  printf("\n");
  return 0;
}
