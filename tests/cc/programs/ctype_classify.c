#include <stdio.h>
#include <ctype.h>
/* ctype classification over all ASCII characters, summarized per class. */
int main(void) {
  int digit = 0, alpha = 0, alnum = 0, space = 0, upper = 0, lower = 0, xdigit = 0, punct = 0, print = 0;
  unsigned checksum = 0;
  for (int c = 0; c < 128; c++) {
    digit += !!isdigit(c); alpha += !!isalpha(c); alnum += !!isalnum(c); space += !!isspace(c);
    upper += !!isupper(c); lower += !!islower(c); xdigit += !!isxdigit(c); punct += !!ispunct(c);
    print += !!isprint(c);
    checksum = checksum * 31 + (unsigned)toupper(c) * 7 + (unsigned)tolower(c);
  }
  printf("%d %d %d %d %d %d %d %d %d\n", digit, alpha, alnum, space, upper, lower, xdigit, punct, print);
  printf("%u\n", checksum);
  const char *s = "Hello, World 42!";
  for (const char *p = s; *p; p++) putchar(isupper((unsigned char)*p) ? tolower(*p) : toupper(*p));
  putchar('\n');
  return 0;
}
