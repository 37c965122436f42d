#include <stdio.h>
#include <string.h>
#include <ctype.h>
/* A hand-written tokenizer: numbers, identifiers, operators, strings. */
enum tk { NUM, IDENT, OP, STRING, END };
static const char *kind_name[] = { "num", "ident", "op", "string", "end" };
struct token { enum tk kind; char text[32]; };
static const char *next(const char *p, struct token *t) {
  while (isspace((unsigned char)*p)) p++;
  const char *start = p;
  if (!*p) { t->kind = END; t->text[0] = 0; return p; }
  if (isdigit((unsigned char)*p)) { while (isdigit((unsigned char)*p)) p++; t->kind = NUM; }
  else if (isalpha((unsigned char)*p) || *p == '_') { while (isalnum((unsigned char)*p) || *p == '_') p++; t->kind = IDENT; }
  else if (*p == '"') { p++; while (*p && *p != '"') p++; if (*p) p++; t->kind = STRING; }
  else if (strchr("=<>!", *p) && p[1] == '=') { p += 2; t->kind = OP; }
  else { p++; t->kind = OP; }
  int n = p - start;
  if (n > 31) n = 31;
  memcpy(t->text, start, n);
  t->text[n] = 0;
  return p;
}
int main(void) {
  const char *src = "if (count_1 >= 42) print(\"big one\", x+1) ; y != z";
  struct token t;
  int counts[5] = { 0 };
  do {
    src = next(src, &t);
    counts[t.kind]++;
    printf("%s:%s ", kind_name[t.kind], t.text);
  } while (t.kind != END);
  printf("\n");
  for (int i = 0; i < 5; i++) printf("%d ", counts[i]);
  printf("\n");
  return 0;
}
