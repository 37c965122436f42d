#include <stdio.h>
/* switch with sparse, large and unsigned case values; long long switch. */
static const char *name(unsigned code) {
  switch (code) {
  case 0: return "zero";
  case 1000000: return "million";
  case 0xffffffffu: return "max";
  case 0x80000000u: return "high bit";
  case 7: return "seven";
  default: return "other";
  }
}
static int big(long long v) {
  switch (v) {
  case 1LL << 40: return 40;
  case -(1LL << 33): return -33;
  case 5: return 5;
  }
  return 0;
}
int main(void) {
  unsigned codes[] = { 0, 7, 1000000, 0xffffffffu, 0x80000000u, 12 };
  for (int i = 0; i < 6; i++) printf("%s\n", name(codes[i]));
  printf("%d %d %d %d\n", big(1LL << 40), big(-(1LL << 33)), big(5), big(6));
  int hits = 0;
  for (int i = -5; i <= 5; i++) {
    switch (i) {
    case -5: case -3: case -1: hits += 1; break;
    case 2: case 4: hits += 10;
    }
  }
  printf("%d\n", hits);
  return 0;
}
