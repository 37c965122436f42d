/* malloc/free/realloc/calloc under churn: every live block keeps a pattern
 * that is checked before it is freed, so overlap or reuse bugs show. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 512

static unsigned char *blocks[SLOTS];
static size_t sizes[SLOTS];
static unsigned seed = 12345;

static unsigned next(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

static int check(int i) {
  for (size_t k = 0; k < sizes[i]; k++)
    if (blocks[i][k] != (unsigned char)(i + k)) return 0;
  return 1;
}

static void fill(int i) {
  for (size_t k = 0; k < sizes[i]; k++) blocks[i][k] = (unsigned char)(i + k);
}

int main(void) {
  int bad = 0;
  for (int round = 0; round < 20000; round++) {
    int i = (int)(next() % SLOTS);
    if (blocks[i]) {
      if (!check(i)) bad++;
      if (next() % 3 == 0) {
        size_t n = next() % 3000;
        unsigned char *p = realloc(blocks[i], n);
        if (!p && n) return 2;
        size_t keep = n < sizes[i] ? n : sizes[i];
        for (size_t k = 0; k < keep; k++)
          if (p[k] != (unsigned char)(i + k)) bad++;
        blocks[i] = p;
        sizes[i] = n;
        if (p) fill(i);
        continue;
      }
      free(blocks[i]);
      blocks[i] = 0;
    } else {
      size_t n = next() % 8 == 0 ? 4096 + next() % 40000 : next() % 600;
      blocks[i] = next() % 4 == 0 ? calloc(n, 1) : malloc(n);
      if (!blocks[i]) return 3;
      if (((unsigned long)blocks[i] & 7) != 0) bad++;
      sizes[i] = n;
      fill(i);
    }
  }
  for (int i = 0; i < SLOTS; i++) {
    if (blocks[i] && !check(i)) bad++;
    free(blocks[i]);
  }
  int *zero = calloc(1000, sizeof(int));
  int zeros = 0;
  for (int i = 0; i < 1000; i++) zeros += zero[i] == 0;
  free(zero);
  char *big = malloc(1 << 20);
  memset(big, 'a', 1 << 20);
  free(big);
  printf("bad blocks: %d, calloc zeros: %d\n", bad, zeros);
  return 0;
}
