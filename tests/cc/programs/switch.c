#include <stdio.h>
const char *name(int n) {
  switch (n) {
    case 0: return "zero";
    case 1: case 2: return "small";
    case 10: return "ten";
    default: return "other";
  }
}
int main(void) {
  int total = 0;
  for (int i = 0; i < 6; i++) {
    switch (i) {
      case 0: total += 1;
      case 1: total += 10; break;
      case 3: { int k = 5; total += k; } break;
      default: total += 1000;
    }
  }
  printf("%s %s %s %s %d\n", name(0), name(2), name(10), name(-4), total);
  return 0;
}
