/* Recursion without end: the stack grows to its limit (RLIMIT_STACK,
 * 8 MiB) and the next push is a SIGSEGV. */
#include <stdio.h>

#pragma clang diagnostic ignored "-Winfinite-recursion"
static int depth(int n) {
  volatile char frame[1024];
  frame[0] = (char)n;
  return depth(n + 1) + frame[0];
}

int main(void) { return depth(0); }
