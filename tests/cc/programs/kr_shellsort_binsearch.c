#include <stdio.h>
/* Shell sort, binary search and reverse in the classic chapter 3 style
   (comma operators in for loops). */
static void shellsort(int v[], int n) {
  int gap, i, j, temp;
  for (gap = n / 2; gap > 0; gap /= 2)
    for (i = gap; i < n; i++)
      for (j = i - gap; j >= 0 && v[j] > v[j + gap]; j -= gap) {
        temp = v[j];
        v[j] = v[j + gap];
        v[j + gap] = temp;
      }
}
static int binsearch(int x, int v[], int n) {
  int low = 0, high = n - 1, mid;
  while (low <= high) {
    mid = (low + high) / 2;
    if (x < v[mid]) high = mid - 1;
    else if (x > v[mid]) low = mid + 1;
    else return mid;
  }
  return -1;
}
static void reverse(char s[]) {
  int c, i, j;
  for (j = 0; s[j]; j++) ;
  for (i = 0, j = j - 1; i < j; i++, j--) c = s[i], s[i] = s[j], s[j] = c;
}
int main(void) {
  int v[] = { 42, 7, -3, 19, 88, 0, 7, 55, 23, -10, 64 };
  int n = sizeof v / sizeof v[0];
  shellsort(v, n);
  for (int i = 0; i < n; i++) printf("%d ", v[i]);
  printf("\n%d %d %d\n", binsearch(19, v, n), binsearch(-10, v, n), binsearch(20, v, n));
  char s[] = "shell sort";
  reverse(s);
  printf("%s\n", s);
  return 0;
}
