#include <stdio.h>
/* Bit-fields in expressions: compound assignment, promotion to int,
   as loop variables and in conditions, through pointers. */
struct date { unsigned day : 5; unsigned month : 4; unsigned year : 12; int delta : 6; };
static void next_day(struct date *d) {
  static const int len[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (++d->day > len[d->month]) {
    d->day = 1;
    if (++d->month > 12) { d->month = 1; d->year++; }
  }
}
int main(void) {
  struct date d = { 28, 12, 2023, -5 };
  for (int i = 0; i < 5; i++) {
    next_day(&d);
    printf("%u-%02u-%02u\n", d.year, d.month, d.day);
  }
  d.delta -= 30;
  printf("%d\n", d.delta);
  d.delta = 31;
  d.delta += 1;
  printf("%d\n", d.delta);
  printf("%d\n", d.day - 10);
  unsigned x = d.month * 1000u + d.day;
  printf("%u\n", x);
  d.month |= 8;
  d.month &= ~1u;
  printf("%u\n", d.month);
  return 0;
}
