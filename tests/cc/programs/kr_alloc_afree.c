#include <stdio.h>
/* A stack allocator over a static buffer (alloc/afree), used to store
   copies of strings; pointer comparisons decide if there is room. */
#define ALLOCSIZE 64
static char allocbuf[ALLOCSIZE];
static char *allocp = allocbuf;
static char *alloc(int n) {
  if (allocbuf + ALLOCSIZE - allocp >= n) { allocp += n; return allocp - n; }
  return 0;
}
static void afree(char *p) { if (p >= allocbuf && p < allocbuf + ALLOCSIZE) allocp = p; }
static char *save(const char *s) {
  int n = 0;
  while (s[n]) n++;
  char *p = alloc(n + 1);
  if (p) for (int i = 0; i <= n; i++) p[i] = s[i];
  return p;
}
int main(void) {
  const char *words[] = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa" };
  char *kept[10];
  int n = 0;
  for (int i = 0; i < 10; i++) {
    char *p = save(words[i]);
    if (!p) { printf("full at %s (%d used)\n", words[i], (int)(allocp - allocbuf)); break; }
    kept[n++] = p;
  }
  for (int i = 0; i < n; i++) printf("%s ", kept[i]);
  printf("\n");
  afree(kept[3]);
  printf("%d\n", (int)(allocp - allocbuf));
  char *again = save("recycled");
  printf("%s %d\n", again, again == kept[3]);
  return 0;
}
