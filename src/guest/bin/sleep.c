/* /bin/sleep SECONDS...: sleep for the sum of the operands; each may be a
 * decimal fraction and carry a suffix s, m, h or d (like coreutils). On
 * ForkLab the clock is virtual, so sleeping costs no real time. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Parses "1.5", "2m", ".25"; returns -1 when the text is not a duration.
 * Works in nanoseconds with integers, so no floating point is needed. */
static long long parse_duration(const char *s) {
  long long whole = 0, frac = 0, scale = 1000000000LL, unit = 1;
  const char *p = s;
  int digits = 0;
  for (; *p >= '0' && *p <= '9'; p++, digits++) whole = whole * 10 + (*p - '0');
  if (*p == '.') {
    for (p++; *p >= '0' && *p <= '9'; p++, digits++) {
      scale /= 10;
      frac += (*p - '0') * scale;
    }
  }
  if (*p == 's') unit = 1, p++;
  else if (*p == 'm') unit = 60, p++;
  else if (*p == 'h') unit = 3600, p++;
  else if (*p == 'd') unit = 86400, p++;
  if (*p || !digits || whole > 100000000LL) return -1;
  return (whole * 1000000000LL + frac) * unit;
}

int main(int argc, char **argv) {
  long long total = 0;
  struct timespec ts;
  int i;
  if (argc < 2) {
    fputs("sleep: missing operand\n", stderr);
    return 1;
  }
  for (i = 1; i < argc; i++) {
    long long ns = parse_duration(argv[i]);
    if (ns < 0) {
      fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[i]);
      return 1;
    }
    total += ns;
  }
  ts.tv_sec = (time_t)(total / 1000000000LL);
  ts.tv_nsec = (long)(total % 1000000000LL);
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) continue;
  return 0;
}
