#include <stdio.h>
typedef void (*handler_t)(int);
static int last;
void on_a(int v) { last = v * 2; }
void on_b(int v) { last = v + 100; }
handler_t handlers[2] = {on_a, on_b};
void dispatch(handler_t h, int v) { h(v); }
int main(void) {
  dispatch(handlers[0], 21);
  printf("%d\n", last);
  dispatch(handlers[1], 1);
  printf("%d\n", last);
  void (*sig)(int) = handlers[0];
  sig(5);
  printf("%d %d\n", last, handlers[1] == on_b);
  return 0;
}
