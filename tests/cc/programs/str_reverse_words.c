#include <stdio.h>
#include <string.h>
/* String processing: reverse in place, reverse word order, palindromes. */
static void reverse_range(char *a, char *b) {
  while (a < b) { char t = *a; *a++ = *b; *b-- = t; }
}
static void reverse_words(char *s) {
  int n = strlen(s);
  if (n == 0) return;
  reverse_range(s, s + n - 1);
  char *w = s;
  for (char *p = s;; p++) {
    if (*p == ' ' || *p == 0) {
      if (p > w) reverse_range(w, p - 1);
      if (*p == 0) break;
      w = p + 1;
    }
  }
}
static int is_pal(const char *s) {
  const char *e = s + strlen(s) - 1;
  while (s < e) {
    while (s < e && *s == ' ') s++;
    while (s < e && *e == ' ') e--;
    if (*s++ != *e--) return 0;
  }
  return 1;
}
int main(void) {
  char a[] = "the quick brown fox";
  reverse_words(a);
  printf("%s\n", a);
  char b[] = "abcdef";
  reverse_range(b, b + 5);
  printf("%s\n", b);
  const char *tests[] = { "racecar", "never odd or even", "abca", "", "a" };
  for (int i = 0; i < 5; i++) printf("%d", is_pal(tests[i]));
  printf("\n");
  return 0;
}
