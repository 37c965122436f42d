#include <stdio.h>
/* A power-of-two ring buffer with free-running unsigned indices: wrap
   around of the counters themselves is harmless. */
#define CAP 8
struct ring { unsigned head, tail; int buf[CAP]; };
static int full(const struct ring *r) { return r->head - r->tail == CAP; }
static int empty(const struct ring *r) { return r->head == r->tail; }
static int put(struct ring *r, int v) { if (full(r)) return 0; r->buf[r->head++ & (CAP - 1)] = v; return 1; }
static int get(struct ring *r, int *v) { if (empty(r)) return 0; *v = r->buf[r->tail++ & (CAP - 1)]; return 1; }
int main(void) {
  struct ring r = { 0xfffffffau, 0xfffffffau, { 0 } };
  int produced = 0, consumed = 0, sum = 0, v;
  for (int round = 0; round < 10; round++) {
    for (int i = 0; i < 5; i++) if (put(&r, produced)) produced++;
    for (int i = 0; i < 3; i++) if (get(&r, &v)) { consumed++; sum += v; }
  }
  printf("%d %d %d %u\n", produced, consumed, sum, r.head - r.tail);
  while (get(&r, &v)) printf("%d ", v);
  printf("\n%u %u %d\n", r.head, r.tail, empty(&r));
  return 0;
}
