#include <stdio.h>
/* Loops over unsigned and narrow counters at their limits: counting down
   to zero, stepping by more than one past the top, char counters. */
int main(void) {
  int n = 0;
  for (unsigned i = 10; i != (unsigned)-1; i--) n++;
  printf("%d\n", n);
  n = 0;
  for (unsigned char c = 250; c != 4; c++) n++;
  printf("%d\n", n);
  n = 0;
  for (unsigned short s = 65530; s >= 65530; s += 2) n++;
  printf("%d\n", n);
  unsigned long long total = 0;
  for (unsigned u = 0xfffffff0u; u >= 0xfffffff0u; u += 3) total += u;
  printf("%llu\n", total);
  signed char sc = -128;
  int steps = 0;
  do { sc += 16; steps++; } while (sc != -128 && steps < 100);
  printf("%d %d\n", steps, sc);
  unsigned k = 5;
  while (k--) printf("%u ", k);
  printf("| %u\n", k);
  return 0;
}
