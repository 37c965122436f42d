#include <stdio.h>
/* A discrete-event style simulation: customers arrive by a fixed LCG,
   two tellers serve them, and we report waits (integers only). */
static unsigned state = 2024;
static int rnd(int n) { state = state * 1103515245u + 12345u; return (int)((state >> 16) % (unsigned)n); }
int main(void) {
  int queue[128], head = 0, tail = 0;
  int teller_busy[2] = { 0, 0 };
  long total_wait = 0;
  int served = 0, max_len = 0;
  for (int t = 0; t < 500; t++) {
    if (rnd(10) < 4) queue[tail++ % 128] = t;
    for (int k = 0; k < 2; k++) {
      if (teller_busy[k] > 0) teller_busy[k]--;
      if (teller_busy[k] == 0 && head < tail) {
        total_wait += t - queue[head++ % 128];
        served++;
        teller_busy[k] = 2 + rnd(6);
      }
    }
    if (tail - head > max_len) max_len = tail - head;
  }
  printf("served %d waiting %d max %d avg-wait x100 %ld\n", served, tail - head, max_len, served ? total_wait * 100 / served : 0);
  return 0;
}
