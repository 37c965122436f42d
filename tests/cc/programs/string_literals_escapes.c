#include <stdio.h>
#include <string.h>
/* String literal concatenation, every escape sequence, octal and hex
   escapes, embedded NULs, and sizeof vs strlen. */
int main(void) {
  const char *s = "con" "cat" "enated";
  printf("%s\n", s);
  char esc[] = "\a\b\f\n\r\t\v\\\'\"\?";
  for (int i = 0; esc[i]; i++) printf("%d ", esc[i]);
  printf("\n");
  char oct[] = "\101\102\060\7\0x";
  printf("%d %d\n", (int)sizeof oct, (int)strlen(oct));
  for (int i = 0; i < (int)sizeof oct; i++) printf("%d ", oct[i]);
  printf("\n");
  char hex[] = "\x41\x7a\xff\x0";
  printf("%d %d %d %d\n", hex[0], hex[1], hex[2], (int)sizeof hex);
  printf("%d %d %d\n", '\n', '\x7f', '\377');
  char big[] = "line one\n"
               "line two\n";
  printf("%s%d\n", big, (int)sizeof big);
  printf("%c%c%c\n", "xyz"[0], "xyz"[2], *("xyz" + 1));
  const char *t = "a\tb";
  printf("%d\n", (int)strlen(t));
  return 0;
}
