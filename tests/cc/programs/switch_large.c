#include <stdio.h>
/* A large switch (opcode decoder style) with 40 cases, some grouped,
   inside a loop, plus a switch whose body is long enough that branches
   must reach far. */
static int decode(int op) {
  switch (op) {
  case 0: return 100; case 1: return 101; case 2: return 102; case 3: return 103;
  case 4: return 104; case 5: return 105; case 6: return 106; case 7: return 107;
  case 8: case 9: case 10: case 11: return 200;
  case 12: return 112; case 13: return 113; case 14: return 114; case 15: return 115;
  case 16: return 116; case 17: return 117; case 18: return 118; case 19: return 119;
  case 20: case 21: return 220; case 22: return 122; case 23: return 123;
  case 24: return 124; case 25: return 125; case 26: return 126; case 27: return 127;
  case 28: return 128; case 29: return 129; case 30: return 130; case 31: return 131;
  case 64: return 164; case 128: return 228; case 255: return 355; case 1000: return 1100;
  case -1: return -101; case -64: return -164;
  default: return -1;
  }
}
#define BODY4(x) acc = acc * 31 + (x); acc ^= acc >> 3; acc = acc * 31 + (x) + 1; acc ^= acc >> 5;
#define BODY16(x) BODY4(x) BODY4(x + 1) BODY4(x + 2) BODY4(x + 3)
#define BODY64(x) BODY16(x) BODY16(x + 4) BODY16(x + 8) BODY16(x + 12)
static unsigned long_case(int k) {
  unsigned acc = 1;
  switch (k) {
  case 0: BODY64(1) BODY64(2) BODY64(3) break;
  case 1: BODY64(4) BODY64(5) BODY64(6) break;
  default: BODY64(7) break;
  }
  return acc;
}
int main(void) {
  long sum = 0;
  for (int op = -70; op < 1100; op++) sum += decode(op) * (op & 7);
  printf("%ld\n", sum);
  printf("%d %d %d\n", decode(1000), decode(-64), decode(999));
  printf("%u %u %u\n", long_case(0), long_case(1), long_case(5));
  return 0;
}
