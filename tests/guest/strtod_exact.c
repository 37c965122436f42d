/* strtod and sscanf %lf on numbers as people write them give the nearest
 * double (checked by printing all 17 digits; expected output from glibc). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state = 0x452821e638d01377ULL;
static unsigned long long next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

int main(void) {
  const char *inputs[] = {"0.1", "0.2", "0.3", "3.14159", "2.718281828459045", "1e22", "1e-22",
                          "123456.789", "-0.000123", "6.02214076e23", "9007199254740993",
                          "1.7976931348623157e308", "5e-324", "0.1e1", "100", "-2.5E-3",
                          "4.35", "0.7", "1.15", "8.589973e9", "299792.458", "1e23"};
  for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    double a = strtod(inputs[i], 0), b = 0;
    sscanf(inputs[i], "%lf", &b);
    printf("%-24s %.17g %d\n", inputs[i], a, a == b);
  }
  /* round trip: printf("%.17g") then strtod gives back the same bits, for
   * random finite doubles of every exponent, subnormals included */
  int bad = 0;
  for (int i = 0; i < 3000; i++) {
    unsigned long long u = next(), back;
    if (((u >> 52) & 0x7ff) == 0x7ff) continue;
    double d, r;
    memcpy(&d, &u, sizeof d);
    char text[40];
    snprintf(text, sizeof text, "%.17g", d);
    r = strtod(text, 0);
    memcpy(&back, &r, sizeof back);
    bad += back != u;
  }
  printf("round trip mismatches: %d\n", bad);
  return 0;
}
