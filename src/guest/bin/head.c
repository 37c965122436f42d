/* head [-n N] [FILE]: the first N (10) lines. */
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
    n = atol(argv[i] + 1); /* head -5 */
    i++;
  }
  FILE *f = i < argc ? fopen(argv[i], "r") : stdin;
  if (!f) {
    fprintf(stderr, "head: cannot open '%s'\n", argv[i]);
    return 1;
  }
  int c;
  while (n > 0 && (c = fgetc(f)) != EOF) {
    putchar(c);
    if (c == '\n') n--;
  }
  return 0;
}
