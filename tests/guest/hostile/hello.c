/* The program that must still run normally after each hostile one. */
#include <stdio.h>
int main(void) {
  printf("hello after the storm\n");
  return 0;
}
