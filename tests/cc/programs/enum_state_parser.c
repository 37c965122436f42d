#include <stdio.h>
/* An enum-driven state machine parsing "key=value;" pairs with error
   states and a transition count per state. */
enum state { S_KEY, S_VALUE, S_DONE, S_ERROR, S_COUNT };
static const char *names[S_COUNT] = { "key", "value", "done", "error" };
int main(void) {
  const char *inputs[] = { "a=1;bb=22;", "x=;y=2;", "k=v", "=oops;", "" };
  for (int n = 0; n < 5; n++) {
    enum state st = S_KEY;
    int visits[S_COUNT] = { 0 }, pairs = 0, klen = 0, vlen = 0;
    for (const char *p = inputs[n];; p++) {
      visits[st]++;
      if (st == S_ERROR) break;
      char ch = *p;
      if (!ch) { st = st == S_KEY && klen == 0 ? S_DONE : S_ERROR; visits[st]++; break; }
      switch (st) {
      case S_KEY: if (ch == '=') st = klen ? S_VALUE : S_ERROR; else klen++; break;
      case S_VALUE: if (ch == ';') { st = vlen ? S_KEY : S_ERROR; pairs += vlen > 0; klen = vlen = 0; } else vlen++; break;
      default: break;
      }
    }
    printf("%-12s %-5s pairs=%d", inputs[n], names[st], pairs);
    for (int i = 0; i < S_COUNT; i++) printf(" %d", visits[i]);
    printf("\n");
  }
  return 0;
}
