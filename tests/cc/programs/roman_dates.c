#include <stdio.h>
#include <string.h>
/* Roman numerals both ways, day of the week (Zeller), leap years. */
static void to_roman(int n, char *out) {
  static const int val[] = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
  static const char *sym[] = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
  out[0] = 0;
  for (int i = 0; i < 13; i++) while (n >= val[i]) { strcat(out, sym[i]); n -= val[i]; }
}
static int roman_val(char c) {
  switch (c) { case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
               case 'C': return 100; case 'D': return 500; case 'M': return 1000; }
  return 0;
}
static int from_roman(const char *s) {
  int total = 0;
  for (; *s; s++) {
    int v = roman_val(*s);
    total += roman_val(s[1]) > v ? -v : v;
  }
  return total;
}
static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static const char *weekday(int d, int m, int y) {
  static const char *names[] = { "Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri" };
  if (m < 3) { m += 12; y--; }
  int k = y % 100, j = y / 100;
  return names[(d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7];
}
int main(void) {
  int nums[] = { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 };
  for (int i = 0; i < 10; i++) {
    char r[32];
    to_roman(nums[i], r);
    printf("%d %s %d\n", nums[i], r, from_roman(r));
  }
  int years[] = { 1900, 2000, 2023, 2024, 2100 };
  for (int i = 0; i < 5; i++) printf("%d:%d ", years[i], leap(years[i]));
  printf("\n%s %s %s\n", weekday(1, 1, 2000), weekday(20, 7, 1969), weekday(29, 2, 2024));
  return 0;
}
