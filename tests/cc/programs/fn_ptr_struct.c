#include <stdio.h>
struct ops { int (*apply)(int); const char *name; };
int inc(int x) { return x + 1; }
int dbl(int x) { return x * 2; }
int neg(int x) { return -x; }
struct ops table[] = {{inc, "inc"}, {dbl, "dbl"}, {neg, "neg"}};
int (*pick(int i))(int) { return table[i].apply; }
int main(void) {
  int v = 5;
  for (int i = 0; i < 3; i++) { v = table[i].apply(v); printf("%s -> %d\n", table[i].name, v); }
  printf("%d\n", pick(1)(21));
  return 0;
}
