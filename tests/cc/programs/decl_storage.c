#include <stdio.h>
/* Storage classes: tentative definitions, extern after static, block-scope
   extern, static locals keeping state, static in recursive function. */
int tentative;
int tentative;
int tentative = 5;
static int hidden = 1;
extern int hidden;
int shared_counter;
static int next_id(void) { static int id = 100; return id++; }
static int depth_track(int n) {
  static int max_depth = 0;
  static int cur = 0;
  cur++;
  if (cur > max_depth) max_depth = cur;
  if (n > 0) depth_track(n - 1);
  cur--;
  return max_depth;
}
static void bump(void) {
  extern int shared_counter;
  shared_counter += 10;
}
int main(void) {
  printf("%d %d\n", tentative, hidden);
  int i1 = next_id();
  int i2 = next_id();
  printf("%d %d %d\n", i1, i2, next_id());
  printf("%d\n", depth_track(7));
  bump(); bump();
  printf("%d\n", shared_counter);
  {
    static int block_static = 3;
    block_static *= 2;
    printf("%d\n", block_static);
  }
  for (int i = 0; i < 3; i++) {
    static int s;
    int a = 0;
    s++; a++;
    printf("%d%d ", s, a);
  }
  printf("\n");
  return 0;
}
