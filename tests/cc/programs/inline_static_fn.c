#include <stdio.h>
static inline int sq(int x) { return x * x; }
static int helper(int);
int api(int x) { return helper(x) + sq(x); }
static int helper(int x) { return x + 1; }
int main(void) { printf("%d\n", api(5)); return 0; }
