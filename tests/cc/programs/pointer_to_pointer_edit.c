#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Pointers to pointers: editing a caller's pointer, building an argv-like
   array, and sorting strings by swapping pointers. */
static void advance_to(const char **pp, char c) { while (**pp && **pp != c) (*pp)++; }
static int split(char *s, char **out, int max) {
  int n = 0;
  while (*s && n < max) {
    while (*s == ' ') *s++ = 0;
    if (!*s) break;
    out[n++] = s;
    while (*s && *s != ' ') s++;
  }
  return n;
}
static void sort_strings(char **v, int n) {
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (strcmp(v[j], v[i]) < 0) { char *t = v[i]; v[i] = v[j]; v[j] = t; }
}
static void alloc_into(int **dst, int n) {
  *dst = malloc(n * sizeof **dst);
  for (int i = 0; i < n; i++) (*dst)[i] = i * i;
}
int main(void) {
  const char *s = "key=value";
  const char *p = s;
  advance_to(&p, '=');
  printf("%s %d\n", p, (int)(p - s));
  char line[] = "  pear apple  fig banana   cherry ";
  char *argv[8];
  int argc = split(line, argv, 8);
  sort_strings(argv, argc);
  for (int i = 0; i < argc; i++) printf("%s%c", argv[i], i + 1 < argc ? ',' : '\n');
  char **pp = argv;
  printf("%c %s\n", **pp, *(pp + argc - 1));
  int *arr = 0;
  alloc_into(&arr, 6);
  printf("%d %d\n", arr[5], arr[3]);
  free(arr);
  return 0;
}
