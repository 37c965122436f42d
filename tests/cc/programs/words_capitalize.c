#include <stdio.h>
#include <ctype.h>
#include <string.h>
/* In-place text transforms: title case, collapsing whitespace, removing
   vowels, and counting sentences. */
static void title(char *s) { int start = 1; for (; *s; s++) { if (isalpha((unsigned char)*s)) { *s = start ? toupper(*s) : tolower(*s); start = 0; } else start = 1; } }
static void collapse(char *s) {
  char *d = s;
  int space = 0;
  while (*s == ' ') s++;
  for (; *s; s++) {
    if (*s == ' ') { space = 1; continue; }
    if (space && d != s) *d++ = ' ';
    space = 0;
    *d++ = *s;
  }
  *d = 0;
}
static void devowel(char *s) { char *d = s; for (; *s; s++) if (!strchr("aeiouAEIOU", *s)) *d++ = *s; *d = 0; }
int main(void) {
  char a[] = "the QUICK brown fOX. it JUMPED!  over? the dog";
  title(a);
  printf("%s\n", a);
  char b[] = "   lots    of     space   here  ";
  collapse(b);
  printf("[%s]\n", b);
  char c[] = "Programming in C is educational";
  devowel(c);
  printf("%s\n", c);
  int sentences = 0;
  for (const char *p = a; *p; p++) sentences += *p == '.' || *p == '!' || *p == '?';
  printf("%d\n", sentences);
  return 0;
}
