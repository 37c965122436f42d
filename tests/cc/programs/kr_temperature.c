#include <stdio.h>
/* The classic temperature table, in int, float and a #define'd variant. */
#define LOWER 0
#define UPPER 300
#define STEP 20
int main(void) {
  int fahr, celsius;
  for (fahr = LOWER; fahr <= UPPER; fahr += STEP) {
    celsius = 5 * (fahr - 32) / 9;
    printf("%3d %6d\n", fahr, celsius);
  }
  float f, c;
  for (f = UPPER; f >= LOWER; f -= 60) {
    c = (5.0f / 9.0f) * (f - 32.0f);
    printf("%3.0f %6.1f\n", f, c);
  }
  for (c = -40; c <= 100; c += 35) printf("%6.1f %6.1f\n", c, c * 9 / 5 + 32);
  return 0;
}
