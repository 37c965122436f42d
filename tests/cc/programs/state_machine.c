#include <stdio.h>
int count_numbers(const char *s) {
  enum { OUT, IN } st = OUT;
  int n = 0;
  for (; *s; s++) {
    switch (st) {
      case OUT: if (*s >= '0' && *s <= '9') { st = IN; n++; } break;
      case IN: if (!(*s >= '0' && *s <= '9')) st = OUT; break;
    }
  }
  return n;
}
int main(void) {
  printf("%d\n", count_numbers("12 apples, 7 pears and 100 plums; 0"));
  return 0;
}
