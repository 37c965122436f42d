#include <stdio.h>
/* day_of_year / month_day with a two-dimensional char table, and the
   same through pointers instead of indices. */
static char daytab[2][13] = {
  { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
  { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 },
};
static int day_of_year(int year, int month, int day) {
  int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  char *p = &daytab[leap][1];
  for (int i = 1; i < month; i++) day += *p++;
  return day;
}
static void month_day(int year, int yearday, int *pmonth, int *pday) {
  int i, leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  for (i = 1; yearday > daytab[leap][i]; i++) yearday -= daytab[leap][i];
  *pmonth = i;
  *pday = yearday;
}
static const char *month_name(int n) {
  static const char *name[] = { "Illegal month", "January", "February", "March", "April", "May", "June",
                                "July", "August", "September", "October", "November", "December" };
  return n < 1 || n > 12 ? name[0] : name[n];
}
int main(void) {
  printf("%d %d %d\n", day_of_year(2024, 3, 1), day_of_year(2023, 3, 1), day_of_year(2000, 12, 31));
  int m, d;
  int days[] = { 1, 60, 61, 365, 366 };
  for (int i = 0; i < 5; i++) {
    month_day(2024, days[i], &m, &d);
    printf("%d -> %s %d\n", days[i], month_name(m), d);
  }
  printf("%s\n", month_name(13));
  return 0;
}
