#include <stdio.h>
/* A vertical histogram of word lengths (a classic exercise), drawn top
   down with nested loops. */
int main(void) {
  const char *text = "a bb ccc dd e ffff ggggg hh iii j kkkkkk ll mmm nnnn o pp";
  int len[8] = { 0 }, cur = 0, maxc = 0;
  for (const char *p = text;; p++) {
    if (*p == ' ' || !*p) { if (cur) len[cur < 7 ? cur : 7]++; cur = 0; if (!*p) break; }
    else cur++;
  }
  for (int i = 1; i < 8; i++) if (len[i] > maxc) maxc = len[i];
  for (int row = maxc; row > 0; row--) {
    printf("%2d |", row);
    for (int i = 1; i < 8; i++) printf(" %c", len[i] >= row ? '#' : ' ');
    printf("\n");
  }
  printf("   +--------------\n    ");
  for (int i = 1; i < 8; i++) printf(" %d", i);
  printf("\n");
  return 0;
}
