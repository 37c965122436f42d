#include <stdio.h>
/* Mutually recursive functions declared before use: a grammar for
   balanced nested lists "(a(bc)d)" counting atoms per depth. */
static const char *p;
static int atoms[10];
static int list(int depth);
static int item(int depth) {
  if (*p == '(') return list(depth + 1);
  if (*p >= 'a' && *p <= 'z') { atoms[depth]++; p++; return 1; }
  return 0;
}
static int list(int depth) {
  if (*p != '(') return 0;
  p++;
  while (*p && *p != ')') if (!item(depth)) return 0;
  if (*p != ')') return 0;
  p++;
  return 1;
}
int main(void) {
  const char *ins[] = { "(a(bc)d)", "((((z))))", "(a(b)", "(ab(cd(ef)g)h)" };
  for (int i = 0; i < 4; i++) {
    for (int k = 0; k < 10; k++) atoms[k] = 0;
    p = ins[i];
    int ok = list(0) && *p == 0;
    printf("%-16s %d:", ins[i], ok);
    for (int k = 0; k < 6; k++) printf(" %d", atoms[k]);
    printf("\n");
  }
  return 0;
}
