#include <stdio.h>
#include <string.h>
void fill(void *p, int n, int v) { unsigned char *b = p; for (int i = 0; i < n; i++) b[i] = v + i; }
int main(void) {
  int words[2];
  fill(words, sizeof words, 1);
  printf("%x %x\n", words[0], words[1]);
  void *vp = words;
  char *cp = vp;
  printf("%d\n", cp[5]);
  int x = 5;
  void *p = &x;
  printf("%d\n", *(int *)p);
  return 0;
}
