#include <stdio.h>
enum dir { LEFT = -1, NONE = 0, RIGHT = 1 };
int classify(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case '0': case '1': case '2': return 2;
    case 200: return 3;
    default: return 0;
  }
}
const char *dname(enum dir d) {
  switch (d) { case LEFT: return "left"; case RIGHT: return "right"; default: return "none"; }
}
int big(long long v) {
  switch (v) { case 1: return 10; case 4294967297LL: return 20; default: return 30; }
}
int main(void) {
  const char *s = "hello 12";
  int t = 0;
  for (const char *p = s; *p; p++) t += classify(*p);
  printf("%d %d %s %s\n", t, classify((char)200), dname(LEFT), dname(NONE));
  printf("%d %d %d\n", big(1), big(4294967297LL), big(4294967296LL + 5));
  return 0;
}
