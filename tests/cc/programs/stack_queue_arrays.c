#include <stdio.h>
/* A stack-based bracket matcher and a two-stack queue, on arrays. */
static int balanced(const char *s, int *where) {
  char st[64];
  int top = 0;
  for (int i = 0; s[i]; i++) {
    char c = s[i];
    if (c == '(' || c == '[' || c == '{') st[top++] = c;
    else if (c == ')' || c == ']' || c == '}') {
      char want = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (!top || st[--top] != want) { *where = i; return 0; }
    }
  }
  *where = -1;
  return top == 0;
}
static int in[32], out[32], nin, nout;
static void enqueue(int v) { in[nin++] = v; }
static int dequeue(void) {
  if (!nout) while (nin) out[nout++] = in[--nin];
  return out[--nout];
}
int main(void) {
  const char *tests[] = { "(a[b]{c})", "(]", "((())", "{[()()]}", "x)", "" };
  for (int i = 0; i < 6; i++) {
    int w;
    int ok = balanced(tests[i], &w);
    printf("%-10s %d %d\n", tests[i], ok, w);
  }
  for (int i = 1; i <= 3; i++) enqueue(i);
  printf("%d ", dequeue());
  enqueue(4); enqueue(5);
  while (nin || nout) printf("%d ", dequeue());
  printf("\n");
  return 0;
}
