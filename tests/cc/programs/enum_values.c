#include <stdio.h>
/* Enumerations: implicit values, explicit jumps, negatives, enum in
   constant expressions and array sizes, enum as a type. */
enum level { LOW, MID = 5, HIGH, MAX_LEVEL = HIGH * 2, NEG = -3, AFTER_NEG };
enum { SLOTS = 4 };
typedef enum { NORTH, EAST, SOUTH, WEST } dir;
static dir turn_right(dir d) { return (dir)((d + 1) % 4); }
static const char *dname[] = { [NORTH] = "N", [EAST] = "E", [SOUTH] = "S", [WEST] = "W" };
int slots[SLOTS];
int main(void) {
  printf("%d %d %d %d %d %d\n", LOW, MID, HIGH, MAX_LEVEL, NEG, AFTER_NEG);
  printf("%d %d\n", (int)sizeof(slots) / (int)sizeof(slots[0]), (int)sizeof(enum level));
  dir d = WEST;
  for (int i = 0; i < 5; i++) { printf("%s", dname[d]); d = turn_right(d); }
  printf("\n");
  enum level l = MID;
  l++;
  printf("%d %d\n", l, l == HIGH);
  int x = NEG < 0;
  printf("%d\n", x);
  enum level arr[] = { HIGH, LOW, MID };
  int s = 0;
  for (int i = 0; i < 3; i++) s += arr[i];
  printf("%d\n", s);
  return 0;
}
