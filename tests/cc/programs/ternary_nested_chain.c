#include <stdio.h>
/* Chained and nested conditionals computing grades, signs, and max of
   three, including conditionals as function arguments and array indices. */
static const char *grade(int s) { return s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : s >= 60 ? "D" : "F"; }
static int sign(long long v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }
static int max3(int a, int b, int c) { return a > b ? (a > c ? a : c) : (b > c ? b : c); }
int main(void) {
  int scores[] = { 95, 85, 75, 65, 55, 90, 60 };
  for (int i = 0; i < 7; i++) printf("%s", grade(scores[i]));
  printf("\n%d %d %d\n", sign(-5000000000LL), sign(0), sign(3));
  printf("%d %d %d\n", max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1));
  int arr[3] = { 10, 20, 30 };
  int k = 5;
  printf("%d\n", arr[k > 3 ? 2 : 0]);
  printf("%s\n", k & 1 ? "odd" : "even");
  return 0;
}
