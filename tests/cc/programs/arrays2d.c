#include <stdio.h>
int m[3][4];
int main(void) {
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 10 + j;
  int t = 0;
  for (int i = 0; i < 3; i++) t += m[i][3 - i];
  printf("%d %d %d\n", m[2][1], t, (int)sizeof m);
  int (*row)[4] = m + 1;
  printf("%d\n", row[0][2]);
  return 0;
}
