#include <stdio.h>
#include <stdint.h>
/* <stdint.h> exact-width types and conversions between them. */
int main(void) {
  int8_t a = -100;
  uint8_t b = 200;
  int16_t c = -30000;
  uint16_t d = 60000;
  int32_t e = -2000000000;
  uint32_t f = 4000000000u;
  int64_t g = -9000000000000000000LL;
  uint64_t h = 18000000000000000000ULL;
  printf("%d %d %d %d\n", a, b, c, d);
  printf("%d %u\n", e, f);
  printf("%lld %llu\n", g, h);
  printf("%d %d %d\n", (int8_t)b, (uint8_t)a, (int16_t)d);
  printf("%lld %lld\n", (int64_t)e, (int64_t)f);
  printf("%d %u\n", (int32_t)g, (uint32_t)h);
  printf("%lld\n", (int64_t)a * b * c);
  int64_t sum = 0;
  for (int32_t i = 0; i < 100000; i += 7) sum += (int64_t)i * i;
  printf("%lld\n", sum);
  uint32_t x = 0xdeadbeef;
  printf("%x %x %x %x\n", (uint8_t)x, (uint16_t)x, (uint8_t)(x >> 24), (uint16_t)(x >> 8));
  printf("%d %d\n", (int)sizeof(intptr_t), (int)sizeof(uintmax_t));
  return 0;
}
