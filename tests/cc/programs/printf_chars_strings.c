#include <stdio.h>
/* putchar/puts/fputs and printf with %c/%s in tables; return values of
   printf and puts counted. */
int main(void) {
  int n = printf("%s|%c|%5s|%-5s|\n", "abc", 'Z', "r", "l");
  printf("%d\n", n);
  n = puts("puts adds a newline");
  printf("%d\n", n >= 0);
  fputs("fputs does not\n", stdout);
  for (char c = 'a'; c <= 'e'; c++) putchar(c);
  putchar('\n');
  const char *rows[][2] = { { "name", "value" }, { "alpha", "1" }, { "beta-long", "22" } };
  for (int i = 0; i < 3; i++) printf("%-10s|%6s|\n", rows[i][0], rows[i][1]);
  char buf[32];
  int w = sprintf(buf, "%c%c%s", 'o', 'k', "!");
  printf("%s %d\n", buf, w);
  return 0;
}
