#include <stdio.h>
#include <string.h>
#include <stdlib.h>
char *copy_str(const char *s) { char *d = malloc(strlen(s) + 1); strcpy(d, s); return d; }
void reverse(char *s) { int n = strlen(s); for (int i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }
int count_words(const char *s) {
  int n = 0, in = 0;
  for (; *s; s++) { if (*s == ' ') in = 0; else if (!in) { in = 1; n++; } }
  return n;
}
int main(void) {
  char *s = copy_str("forklab compiler");
  reverse(s);
  printf("%s %d\n", s, count_words("  a quick  brown fox "));
  char buf[40];
  sprintf(buf, "%05d|%-4s|%x", 42, "ab", 255);
  printf("%s\n", buf);
  printf("%d %d\n", memcmp("abc", "abd", 3) < 0, atoi("-123"));
  printf("[%8.3s] [%-6d] [%+d]\n", "abcdef", 12, 5);
  return 0;
}
