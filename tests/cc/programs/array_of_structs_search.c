#include <stdio.h>
#include <string.h>
/* An inventory in an array of structs: searching, updating through a
   returned pointer, aggregate queries, and deleting by shifting. */
struct item { char sku[8]; char name[16]; int qty; int cents; };
static struct item inv[8] = {
  { "A100", "widget", 10, 250 }, { "A200", "gadget", 0, 1999 }, { "B300", "doohickey", 5, 75 },
  { "C400", "gizmo", 42, 500 }, { "D500", "thingamajig", 1, 12345 },
};
static int count = 5;
static struct item *lookup(const char *sku) { for (int i = 0; i < count; i++) if (!strcmp(inv[i].sku, sku)) return &inv[i]; return NULL; }
static int remove_sku(const char *sku) {
  struct item *it = lookup(sku);
  if (!it) return 0;
  int idx = it - inv;
  memmove(&inv[idx], &inv[idx + 1], (count - idx - 1) * sizeof inv[0]);
  count--;
  return 1;
}
int main(void) {
  lookup("A200")->qty += 7;
  struct item *g = lookup("C400");
  g->cents = g->cents * 9 / 10;
  long value = 0;
  int out_of_stock = 0;
  for (int i = 0; i < count; i++) { value += (long)inv[i].qty * inv[i].cents; out_of_stock += inv[i].qty == 0; }
  printf("%ld.%02ld %d\n", value / 100, value % 100, out_of_stock);
  int r1 = remove_sku("B300");
  int r2 = remove_sku("B300");
  printf("%d %d %d\n", r1, r2, count);
  for (int i = 0; i < count; i++) printf("%s %-12s %3d %6.2f\n", inv[i].sku, inv[i].name, inv[i].qty, inv[i].cents / 100.0);
  return 0;
}
