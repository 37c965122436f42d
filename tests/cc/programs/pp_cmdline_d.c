// forklab-test: flags: -DSIZE=8 -DNAME="\"table\"" -DFLAG -UNOT_THERE -DNOT_THERE=1 -UNOT_THERE
#include <stdio.h>
/* -D NAME=VALUE, -D NAME (defined as 1) and -U, in command-line order. */
#ifndef SIZE
#error SIZE must come from the command line
#endif
#ifdef NOT_THERE
#error -U must undo the -D before it
#endif
int table[SIZE];
int main(void) {
  for (int i = 0; i < SIZE; i++) table[i] = i * i;
  printf("%s %d %d\n", NAME, (int)(sizeof table / sizeof table[0]), table[SIZE - 1]);
  printf("%d\n", FLAG);
#if FLAG == 1 && SIZE > 4
  puts("flag set, size big");
#endif
  return 0;
}
