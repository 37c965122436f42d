/* sleep SECONDS: seconds may have a fraction ("0.5"). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: sleep SECONDS\n");
    return 1;
  }
  char *end;
  double s = strtod(argv[1], &end);
  if (end == argv[1] || *end || s < 0) {
    fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[1]);
    return 1;
  }
  struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9), 0};
  while (nanosleep(&ts, &ts) < 0) {}
  return 0;
}
