#include <stdio.h>
/* char arrays: partial initialization zero-fills, exact-length strings
   without the NUL, modifying through indices, and arrays of strings. */
int main(void) {
  char a[10] = "hi";
  int zeros = 0;
  for (int i = 0; i < 10; i++) zeros += a[i] == 0;
  printf("%d\n", zeros);
  char exact[3] = "abc";
  printf("%c%c%c %d\n", exact[0], exact[1], exact[2], (int)sizeof exact);
  char grid[3][4] = { "ab", "cde", "f" };
  for (int i = 0; i < 3; i++) printf("[%s]", grid[i]);
  printf("\n");
  grid[1][1] = 'X';
  printf("%s\n", grid[1]);
  char *ptrs[] = { grid[0], grid[2], a };
  ptrs[1][0] = 'F';
  printf("%s %s %s\n", ptrs[0], ptrs[1], ptrs[2]);
  char word[] = { 'w', 'o', 'r', 'd', '\0' };
  printf("%s %d\n", word, (int)sizeof word);
  unsigned char bytes[4] = { 250, 251, 252, 253 };
  int sum = 0;
  for (int i = 0; i < 4; i++) sum += bytes[i];
  printf("%d\n", sum);
  return 0;
}
