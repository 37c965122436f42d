#include <stdio.h>
#include <string.h>
/* A keyword table searched linearly and by binary search with strcmp,
   and a perfect-ish hash by length and first letter. */
static const char *const keywords[] = { "auto", "break", "case", "char", "const", "continue", "default", "do", "double",
  "else", "enum", "extern", "float", "for", "goto", "if", "int", "long", "register", "return", "short", "signed",
  "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while" };
#define NKW (int)(sizeof keywords / sizeof keywords[0])
static int linear(const char *w) { for (int i = 0; i < NKW; i++) if (!strcmp(keywords[i], w)) return i; return -1; }
static int binary(const char *w) {
  int lo = 0, hi = NKW - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2, c = strcmp(w, keywords[mid]);
    if (!c) return mid;
    if (c < 0) hi = mid - 1; else lo = mid + 1;
  }
  return -1;
}
int main(void) {
  const char *probe[] = { "int", "while", "auto", "main", "unsigned", "x", "volatile", "cas" };
  for (int i = 0; i < 8; i++) printf("%s %d %d\n", probe[i], linear(probe[i]), binary(probe[i]));
  int bylen[10] = { 0 };
  for (int i = 0; i < NKW; i++) bylen[strlen(keywords[i])]++;
  for (int i = 0; i < 10; i++) printf("%d ", bylen[i]);
  printf("\n%d\n", NKW);
  return 0;
}
