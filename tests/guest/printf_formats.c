/* printf conversions, flags, widths and precisions; the expected output was
 * produced by the same program under glibc. */
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[64];
  printf("[%d] [%i] [%5d] [%-5d|] [%05d] [%+d] [% d] [%.3d]\n", 42, -42, 42, 42, -42, 42, 42, 7);
  printf("[%u] [%x] [%X] [%#x] [%o] [%#o] [%08.3x]\n", 4000000000u, 255u, 255u, 255u, 8u, 8u, 31u);
  printf("[%ld] [%lu] [%lld] [%llu] [%llx]\n", -2147483647L - 1, 4294967295UL,
         -9223372036854775807LL - 1, 18446744073709551615ULL, 0x123456789abcdefULL);
  printf("[%hhd] [%hd] [%zu] [%c] [%5c] [%-3c|]\n", 300, 70000, sizeof(long long), 'x', 'y', 'z');
  printf("[%s] [%8s] [%-8s|] [%.2s] [%%]\n", "abc", "abc", "abc", "abc");
  printf("[%f] [%.2f] [%10.3f] [%-10.1f|] [%+.0f] [%.0f] [%.0f] [%#.0f]\n", 3.14159265, 2.675, -1.5,
         2.25, 2.5, 0.5, 1.5, 3.0);
  printf("[%e] [%.2e] [%E] [%.0e]\n", 12345.678, 0.000123456, 1e300, 5e-324);
  printf("[%g] [%g] [%g] [%g] [%g] [%.3g] [%#g] [%G]\n", 100000.0, 1000000.0, 0.0001, 0.00001,
         123.456, 3.14159, 1.0, 1e-10);
  printf("[%f] [%e] [%g] [%f]\n", 0.0, -0.0, 1e16, 1e22);
  printf("[%.20f] [%.17g] [%.17g]\n", 0.1, 0.1, 1.0 / 3.0);
  printf("[%f] [%F] [%5.1f]\n", 1.0 / 0.0, -1.0 / 0.0, 1.0 / 0.0);
  printf("[%*d] [%-*d|] [%.*f]\n", 6, 42, 6, 42, 3, 2.0 / 3.0);
  int n = snprintf(buf, 8, "%s-%d", "truncated", 12345);
  printf("[%s] %d\n", buf, n);
  sprintf(buf, "%05.1f|%x", 9.96, 48879u);
  printf("[%s] %d\n", buf, (int)strlen(buf));
  printf("[%.3s] [%10.4f] [%-+8.2e|]\n", "abcdef", 1234.56789, 1234.5);
  printf("%f %f %f\n", 1e-7, 123456789.123456789, 0.999999999);
  return 0;
}
