#include <stdio.h>
/* goto-based retry and backoff, labels in nested blocks, and jumping
   forward over declarations without initializers. */
static int attempts;
static int flaky(int fail_until) { return ++attempts >= fail_until; }
int main(void) {
  int delay = 1, tries = 0;
retry:
  tries++;
  if (!flaky(4)) {
    delay *= 2;
    if (tries < 10) goto retry;
  }
  printf("%d %d %d\n", tries, delay, attempts);
  int i = 0;
  {
  inner:
    i += 7;
    if (i % 5) goto inner;
  }
  printf("%d\n", i);
  goto skip;
  int skipped;
skip:
  skipped = 3;
  printf("%d\n", skipped);
  return 0;
}
