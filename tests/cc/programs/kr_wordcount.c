#include <stdio.h>
/* wc over a string with the IN/OUT state machine, plus a digit and
   whitespace histogram. */
#define IN 1
#define OUT 0
static const char text[] =
  "Now is the time for all good men\n"
  "to come to the aid of\tthe party 1984 and 2001.\n"
  "  multiple   spaces\n";
int main(void) {
  int c, nl, nw, nc, state;
  int ndigit[10] = { 0 }, nwhite = 0, nother = 0;
  state = OUT;
  nl = nw = nc = 0;
  for (const char *p = text; (c = *p) != '\0'; p++) {
    ++nc;
    if (c == '\n') ++nl;
    if (c == ' ' || c == '\n' || c == '\t') state = OUT;
    else if (state == OUT) { state = IN; ++nw; }
    if (c >= '0' && c <= '9') ++ndigit[c - '0'];
    else if (c == ' ' || c == '\n' || c == '\t') ++nwhite;
    else ++nother;
  }
  printf("%d %d %d\n", nl, nw, nc);
  printf("digits =");
  for (int i = 0; i < 10; ++i) printf(" %d", ndigit[i]);
  printf(", white space = %d, other = %d\n", nwhite, nother);
  return 0;
}
