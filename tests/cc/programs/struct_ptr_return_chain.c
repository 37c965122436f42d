#include <stdio.h>
/* Functions returning pointers into structures, chained member access
   through calls, and assignment through a returned pointer. */
struct cell { int value; struct cell *next; };
struct grid { struct cell cells[4]; int n; };
static struct grid g = { { { 1, &g.cells[1] }, { 2, &g.cells[2] }, { 3, &g.cells[3] }, { 4, 0 } }, 4 };
static struct cell *at(int i) { return &g.cells[i]; }
static struct grid *grid(void) { return &g; }
static int *value_of(struct cell *c) { return &c->value; }
int main(void) {
  printf("%d %d %d\n", at(0)->value, at(0)->next->next->value, grid()->cells[3].value);
  *value_of(at(2)) = 30;
  at(1)->value += 18;
  grid()->n--;
  int sum = 0;
  for (struct cell *c = at(0); c; c = c->next) sum += c->value;
  printf("%d %d %d\n", sum, g.n, *value_of(&grid()->cells[1]));
  return 0;
}
