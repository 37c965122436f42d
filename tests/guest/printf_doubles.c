/* printf's %e %f %g against glibc on many doubles: random bit patterns
 * (every exponent, subnormals, NaN, infinities) and decimal-looking values.
 * The expected output is this program's output under glibc. */
#include <stdio.h>
#include <string.h>

static unsigned long long state = 0x243f6a8885a308d3ULL;

static unsigned long long next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static double from_bits(unsigned long long u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

int main(void) {
  for (int i = 0; i < 400; i++) {
    unsigned long long r = next();
    double d;
    if (i % 2 == 0) {
      d = from_bits(r);
    } else {
      /* values near human scale, with ties and carries */
      d = (double)(long long)(r % 2000000001ULL - 1000000000ULL) / (double)(1ULL << (r >> 58));
    }
    int exp = (int)((r >> 52) & 0x7ff) - 1023;
    printf("%.17g|%e|%.3e|%g|%.10g", d, d, d, d, d);
    if (i % 2 == 1 || (exp > -30 && exp < 60)) printf("|%f|%.2f|%.0f|%#.0f", d, d, d, d);
    printf("\n");
  }
  printf("%.0f %.0f %.0f %.0f %.1f %.1f %.2f %.3g\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.25, 1.005, 9995.0);
  printf("%.15g %.16g %.17g %g %g\n", 0.3, 0.3, 0.3, 1e-5, 123456789.0);
  printf("%e %e %f\n", 1.7976931348623157e308, 4.9406564584124654e-324, 4.9406564584124654e-324);
  return 0;
}
