#include <stdio.h>
#include <string.h>
int main(void) {
  char buf[64];
  strcpy(buf, "Hello");
  strcat(buf, ", world");
  printf("%s %d\n", buf, (int)strlen(buf));
  printf("%d %d\n", strcmp("abc", "abd") < 0, strncmp("abcx", "abcy", 3));
  const char *s = "a" "b" "c";
  printf("%s %c\n", s, s[1]);
  printf("%s\n", strchr(buf, 'w'));
  char e[] = "tab\there\\ \"q\" \x41\101\n";
  printf("%s", e);
  return 0;
}
