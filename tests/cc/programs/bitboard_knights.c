#include <stdio.h>
/* 64-bit bitboards: knight attack masks from shifts with file masks, and
   popcounts of reachable squares in one and two moves. */
typedef unsigned long long u64;
static const u64 NOT_A = 0xfefefefefefefefeULL, NOT_AB = 0xfcfcfcfcfcfcfcfcULL;
static const u64 NOT_H = 0x7f7f7f7f7f7f7f7fULL, NOT_GH = 0x3f3f3f3f3f3f3f3fULL;
static u64 knight(u64 b) {
  return ((b << 17) & NOT_A) | ((b << 15) & NOT_H) | ((b << 10) & NOT_AB) | ((b << 6) & NOT_GH) |
         ((b >> 17) & NOT_H) | ((b >> 15) & NOT_A) | ((b >> 10) & NOT_GH) | ((b >> 6) & NOT_AB);
}
static int pop(u64 b) { int n = 0; while (b) { b &= b - 1; n++; } return n; }
int main(void) {
  int squares[] = { 0, 7, 27, 36, 63 };
  for (int i = 0; i < 5; i++) {
    u64 b = 1ULL << squares[i];
    u64 one = knight(b);
    u64 two = 0;
    for (int s = 0; s < 64; s++) if (one >> s & 1) two |= knight(1ULL << s);
    printf("%2d %016llx %d %d\n", squares[i], one, pop(one), pop(two));
  }
  return 0;
}
