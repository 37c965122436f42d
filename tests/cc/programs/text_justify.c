#include <stdio.h>
#include <string.h>
/* Word wrapping and full justification of a paragraph to a column width. */
static void justify(const char *text, int width) {
  const char *words[64];
  int lens[64], n = 0;
  for (const char *p = text; *p;) {
    while (*p == ' ') p++;
    if (!*p) break;
    words[n] = p;
    while (*p && *p != ' ') p++;
    lens[n] = p - words[n];
    n++;
  }
  int i = 0;
  while (i < n) {
    int j = i, len = 0;
    while (j < n && len + lens[j] + (j - i) <= width) len += lens[j++];
    int gaps = j - i - 1, spaces = width - len;
    printf("|");
    for (int k = i; k < j; k++) {
      printf("%.*s", lens[k], words[k]);
      if (k < j - 1) {
        int s = j == n ? 1 : spaces / gaps + (k - i < spaces % gaps);
        printf("%*s", s, "");
      }
    }
    if (j == n) printf("%*s", width - len - gaps, "");
    printf("|\n");
    i = j;
  }
}
int main(void) {
  const char *t = "This is an example of text justification as found in many textbooks on programming in C.";
  justify(t, 16);
  justify(t, 30);
  return 0;
}
