/* tail [-n N] [FILE]: the last N (10) lines, kept in a ring of lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  long n = 10;
  int i = 1;
  if (i + 1 < argc && strcmp(argv[i], "-n") == 0) {
    n = atol(argv[i + 1]);
    i += 2;
  } else if (i < argc && argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9') {
    n = atol(argv[i] + 1);
    i++;
  }
  FILE *f = i < argc ? fopen(argv[i], "r") : stdin;
  if (!f) {
    fprintf(stderr, "tail: cannot open '%s'\n", argv[i]);
    return 1;
  }
  if (n <= 0) return 0;
  char **ring = calloc((size_t)n, sizeof *ring);
  size_t *caps = calloc((size_t)n, sizeof *caps);
  long total = 0;
  while (getline(&ring[total % n], &caps[total % n], f) >= 0) total++;
  for (long k = total > n ? total - n : 0; k < total; k++) fputs(ring[k % n], stdout);
  return 0;
}
