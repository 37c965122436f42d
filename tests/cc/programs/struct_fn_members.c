#include <stdio.h>
/* Structs that carry their own behaviour: a command table with function
   pointer members taking the struct itself, iterated and dispatched. */
struct counter;
typedef void (*action)(struct counter *, int);
struct counter { int value; int history[8]; int nh; action on_change; };
static void record(struct counter *c, int delta) { if (c->nh < 8) c->history[c->nh++] = delta; }
static void add(struct counter *c, int v) { c->value += v; if (c->on_change) c->on_change(c, v); }
static void mul(struct counter *c, int v) { int old = c->value; c->value *= v; if (c->on_change) c->on_change(c, c->value - old); }
static void reset(struct counter *c, int v) { (void)v; if (c->on_change) c->on_change(c, -c->value); c->value = 0; }
struct command { const char *name; action run; int arg; };
int main(void) {
  struct counter c = { 1, { 0 }, 0, record };
  struct command script[] = { { "add", add, 4 }, { "mul", mul, 3 }, { "add", add, -5 }, { "reset", reset, 0 }, { "add", add, 9 } };
  for (unsigned i = 0; i < sizeof script / sizeof script[0]; i++) {
    script[i].run(&c, script[i].arg);
    printf("%-5s %3d -> %d\n", script[i].name, script[i].arg, c.value);
  }
  for (int i = 0; i < c.nh; i++) printf("%d ", c.history[i]);
  printf("\n");
  return 0;
}
