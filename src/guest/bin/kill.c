/* kill [-SIGNAL | -s SIGNAL] PID...   kill -l [SIGNAL]
 * SIGNAL is a number or a name with or without SIG (TERM, SIGKILL, 9). */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[] = {
    0,
#define X(name, desc) #name,
    ABI_SIGNAL_LIST(X)
#undef X
};
#define NNAMES ((int)(sizeof names / sizeof names[0]))

static int parse_signal(const char *s) {
  if (isdigit((unsigned char)*s)) {
    char *end;
    long n = strtol(s, &end, 10);
    return *end || n < 0 || n > 64 ? -1 : (int)n;
  }
  if (strncmp(s, "SIG", 3) == 0) s += 3;
  for (int i = 1; i < NNAMES; i++)
    if (strcasecmp(s, names[i]) == 0) return i;
  return -1;
}

static int list(const char *which) {
  if (which) {
    int n = atoi(which);
    if (n > 128) n -= 128; /* an exit status of a killed process */
    if (n < 1 || n >= NNAMES) return 1;
    printf("%s\n", names[n]);
    return 0;
  }
  for (int i = 1; i < NNAMES; i++) {
    if (i % 5 == 1) printf("%2d) SIG%s", i, names[i]);
    else printf("%*s%2d) SIG%s", (int)(9 - strlen(names[i - 1])), "", i, names[i]);
    if (i % 5 == 0 || i == NNAMES - 1) printf("\n");
  }
  return 0;
}

int main(int argc, char **argv) {
  int sig = SIGTERM, i = 1;
  if (i < argc && strcmp(argv[i], "-l") == 0) return list(i + 1 < argc ? argv[i + 1] : 0);
  if (i < argc && strcmp(argv[i], "-s") == 0 && i + 1 < argc) {
    sig = parse_signal(argv[i + 1]);
    i += 2;
  } else if (i < argc && argv[i][0] == '-' && argv[i][1] && !isdigit((unsigned char)argv[i][1]) ) {
    sig = parse_signal(argv[i] + 1);
    i++;
  } else if (i < argc && argv[i][0] == '-' && isdigit((unsigned char)argv[i][1]) && i + 1 < argc) {
    sig = parse_signal(argv[i] + 1); /* kill -9 PID */
    i++;
  }
  if (sig < 0) {
    fprintf(stderr, "kill: unknown signal\n");
    return 1;
  }
  if (i >= argc) {
    fprintf(stderr, "usage: kill [-SIGNAL] PID...\n");
    return 1;
  }
  int status = 0;
  for (; i < argc; i++) {
    char *end;
    long pid = strtol(argv[i], &end, 10);
    if (*end || end == argv[i]) {
      fprintf(stderr, "kill: %s: arguments must be process ids\n", argv[i]);
      status = 1;
    } else if (kill((pid_t)pid, sig) < 0) {
      fprintf(stderr, "kill: (%ld) - %s\n", pid, strerror(errno));
      status = 1;
    }
  }
  return status;
}
