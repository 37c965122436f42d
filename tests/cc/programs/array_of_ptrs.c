#include <stdio.h>
int main(int argc, char **argv) {
  const char *words[] = {"alpha", "beta", "gamma", "delta"};
  const char **p = words;
  int total = 0;
  while (p < words + 4) total += (*p++)[0];
  printf("%d %s\n", total, words[3] + 2);
  printf("argc=%d\n", argc);
  char grid[3][4] = {"abc", "def", "ghi"};
  printf("%s %c\n", grid[1], grid[2][2]);
  return 0;
}
