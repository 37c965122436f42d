/* fnmatch on shell patterns; the expected output is glibc's. */
#include <fnmatch.h>
#include <stdio.h>

int main(void) {
  const char *cases[][2] = {
      {"*.c", "main.c"},     {"*.c", "main.h"},   {"*.c", ".hidden.c"}, {"?", "a"},
      {"?", ""},             {"a?c", "abc"},      {"[abc]x", "bx"},     {"[!abc]x", "bx"},
      {"[a-z]*", "hello"},   {"[a-z]*", "Hello"}, {"\\*", "*"},         {"\\*", "a"},
      {"*a*b*", "xaybz"},    {"*a*b*", "xbya"},   {"[]]", "]"},         {"[!]]", "a"},
      {"**", ""},            {"a*", "a/b"},       {"*/b", "a/b"},       {"[*]", "*"},
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++)
    printf("%-8s %-10s %d %d\n", cases[i][0], cases[i][1], fnmatch(cases[i][0], cases[i][1], 0) == 0,
           fnmatch(cases[i][0], cases[i][1], FNM_PERIOD | FNM_PATHNAME) == 0);
  return 0;
}
