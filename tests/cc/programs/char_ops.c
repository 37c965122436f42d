#include <stdio.h>
#include <ctype.h>
int main(void) {
  const char *s = "Hello, World 123!";
  int up = 0, dig = 0, sp = 0;
  for (const char *p = s; *p; p++) {
    if (isupper(*p)) up++;
    if (isdigit(*p)) dig++;
    if (isspace(*p)) sp++;
  }
  printf("%d %d %d\n", up, dig, sp);
  char buf[32];
  int i = 0;
  for (const char *p = s; *p; p++) buf[i++] = toupper(*p);
  buf[i] = 0;
  printf("%s\n", buf);
  char c = 'a';
  c += 25;
  printf("%c %d\n", c, c - 'a');
  return 0;
}
