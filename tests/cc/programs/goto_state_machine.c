#include <stdio.h>
/* A lexer written with goto between states (as generated scanners are):
   counts identifiers, numbers and comments in a source snippet. */
int main(void) {
  const char *s = "int x1 = 42; /* note */ y = x1 + 0x1f; // done\nz=7;";
  const char *p = s;
  int idents = 0, numbers = 0, comments = 0, others = 0;
start:
  if (!*p) goto end;
  if ((*p >= 'a' && *p <= 'z') || *p == '_') goto ident;
  if (*p >= '0' && *p <= '9') goto number;
  if (p[0] == '/' && p[1] == '*') { p += 2; goto block_comment; }
  if (p[0] == '/' && p[1] == '/') { p += 2; goto line_comment; }
  if (*p != ' ' && *p != '\n') others++;
  p++;
  goto start;
ident:
  while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_') p++;
  idents++;
  goto start;
number:
  while ((*p >= '0' && *p <= '9') || *p == 'x' || (*p >= 'a' && *p <= 'f')) p++;
  numbers++;
  goto start;
block_comment:
  if (!*p) goto end;
  if (p[0] == '*' && p[1] == '/') { p += 2; comments++; goto start; }
  p++;
  goto block_comment;
line_comment:
  while (*p && *p != '\n') p++;
  comments++;
  goto start;
end:
  printf("%d %d %d %d\n", idents, numbers, comments, others);
  return 0;
}
