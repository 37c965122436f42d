#include <stdio.h>
/* A menu loop driven by a scripted list of choices: do-while with
   switch, break out of the loop through a flag, and continue. */
int main(void) {
  int script[] = { 2, 1, 1, 3, 9, 2, 4, 0 };
  int pos = 0, total = 0, done = 0, invalid = 0;
  do {
    int choice = script[pos++];
    switch (choice) {
    case 1: total += 10; break;
    case 2: total *= 2; break;
    case 3: total -= 5; continue;
    case 4: printf("report %d\n", total); break;
    case 0: done = 1; break;
    default: invalid++; continue;
    }
    printf("after %d: %d\n", choice, total);
  } while (!done);
  printf("%d %d %d\n", total, invalid, pos);
  return 0;
}
