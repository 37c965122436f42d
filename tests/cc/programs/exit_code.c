#include <stdlib.h>
#include <stdio.h>
int main(void) {
  printf("before exit\n");
  exit(42);
  printf("never\n");
}
