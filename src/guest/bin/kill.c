/* /bin/kill: send a signal to processes.
 *
 *   kill PID...              SIGTERM, the polite request to end
 *   kill -9 PID...           by number
 *   kill -KILL PID, kill -SIGKILL PID, kill -s KILL PID
 *   kill -l [N]              list the signal names (or name signal N;
 *                            N > 128 is read as an exit status 128+N)
 *
 * A negative PID (after "--" or a signal option) names a process group. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Linux's numbering (signal(7)); index = signal number. */
static const char *const names[] = {
    "0",    "HUP",  "INT",    "QUIT", "ILL",  "TRAP", "ABRT", "BUS",  "FPE",    "KILL", "USR1",
    "SEGV", "USR2", "PIPE",   "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
    "TTOU", "URG",  "XCPU",   "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR",  "SYS"};
#define NSIG_NAMED 32

/* "9", "KILL", "SIGKILL", "kill" -> 9; -1 if unknown. */
static int parse_signal(const char *s) {
  int i;
  if (*s >= '0' && *s <= '9') {
    char *end;
    long n = strtol(s, &end, 10);
    return (*end || n < 0 || n > 64) ? -1 : (int)n;
  }
  if (strncasecmp(s, "SIG", 3) == 0) s += 3;
  for (i = 1; i < NSIG_NAMED; i++)
    if (strcasecmp(s, names[i]) == 0) return i;
  if (strcasecmp(s, "IO") == 0) return SIGIO;
  return -1;
}

static int list_signals(const char *arg) {
  int i;
  if (arg) {
    int n = atoi(arg);
    if (n > 128) n -= 128;
    if (n <= 0 || n >= NSIG_NAMED) {
      fprintf(stderr, "kill: unknown signal: %s\n", arg);
      return 1;
    }
    puts(names[n]);
    return 0;
  }
  for (i = 1; i < NSIG_NAMED; i++) printf("%s%c", names[i], i == 16 || i == NSIG_NAMED - 1 ? '\n' : ' ');
  return 0;
}

static void usage(void) {
  fputs("usage: kill [-s SIGNAL | -SIGNAL] PID...\n       kill -l [SIGNAL]\n", stderr);
  exit(2);
}

int main(int argc, char **argv) {
  int sig = SIGTERM, i = 1, status = 0;
  if (argc < 2) usage();
  if (strcmp(argv[1], "-l") == 0 || strcmp(argv[1], "-L") == 0) return list_signals(argv[2]);
  if (strcmp(argv[1], "-s") == 0 || strcmp(argv[1], "-n") == 0) {
    if (argc < 3) usage();
    sig = parse_signal(argv[2]);
    i = 3;
  } else if (argv[1][0] == '-' && argv[1][1] && strcmp(argv[1], "--") != 0 &&
             !(argv[1][1] >= '0' && argv[1][1] <= '9' && argc == 2)) {
    sig = parse_signal(argv[1] + 1);
    i = 2;
  }
  if (sig < 0) {
    const char *name = argv[i - 1];
    fprintf(stderr, "kill: unknown signal: %s\n", name[0] == '-' ? name + 1 : name);
    return 1;
  }
  if (i < argc && strcmp(argv[i], "--") == 0) i++;
  if (i >= argc) usage();
  for (; i < argc; i++) {
    char *end;
    long pid = strtol(argv[i], &end, 10);
    if (*end || !*argv[i]) {
      fprintf(stderr, "kill: %s: arguments must be process or job IDs\n", argv[i]);
      status = 1;
      continue;
    }
    if (kill((pid_t)pid, sig) != 0) {
      fprintf(stderr, "kill: (%ld) - %s\n", pid, strerror(errno));
      status = 1;
    }
  }
  return status;
}
