#include <stdio.h>
#include <stdlib.h>
/* atoi/strtol from the library with end pointers and bases, next to our
   own parser, on signs, spaces and trailing junk. */
int main(void) {
  const char *ins[] = { "42", "  -17xyz", "+8", "0x1A", "077", "junk", "2147483647", "-2147483648" };
  for (int i = 0; i < 8; i++) {
    char *end;
    long v = strtol(ins[i], &end, 0);
    printf("%-12s atoi=%d strtol=%ld used=%d\n", ins[i], atoi(ins[i]), v, (int)(end - ins[i]));
  }
  char *end;
  printf("%ld %ld %ld\n", strtol("ff", &end, 16), strtol("777", &end, 8), strtol("z", &end, 36));
  printf("%d %ld\n", abs(-5), labs(-70000L));
  return 0;
}
