/* sh: the builtins that need no job table -- ulimit (setrlimit, for the
 * fork-bomb lessons: `ulimit -u 20`) and test / [ (for `[ -f x ] && ...`). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sh.h"

/* ---- ulimit ---- */

struct limit {
  char option;
  int resource;
  int unit;            /* bytes per unit shown (1 for counts) */
  const char *what;
};
static const struct limit limits[] = {
    {'c', RLIMIT_CORE, 1024, "core file size              (blocks, -c)"},
    {'d', RLIMIT_DATA, 1024, "data seg size               (kbytes, -d)"},
    {'f', RLIMIT_FSIZE, 1024, "file size                   (blocks, -f)"},
    {'n', RLIMIT_NOFILE, 1, "open files                          (-n)"},
    {'s', RLIMIT_STACK, 1024, "stack size                  (kbytes, -s)"},
    {'t', RLIMIT_CPU, 1, "cpu time                   (seconds, -t)"},
    {'u', RLIMIT_NPROC, 1, "max user processes                  (-u)"},
    {'v', RLIMIT_AS, 1024, "virtual memory              (kbytes, -v)"},
};
#define NLIMITS (int)(sizeof limits / sizeof limits[0])

static void print_limit(const struct limit *l, int hard, int with_name) {
  struct rlimit rl;
  rlim_t v;
  if (getrlimit(l->resource, &rl) != 0) {
    fprintf(stderr, "sh: ulimit: %s\n", strerror(errno));
    return;
  }
  v = hard ? rl.rlim_max : rl.rlim_cur;
  if (with_name) printf("%s ", l->what);
  if (v == RLIM_INFINITY) puts("unlimited");
  else printf("%llu\n", (unsigned long long)(v / (rlim_t)l->unit));
}

/* ulimit [-H|-S] [-a | -c|-d|-f|-n|-s|-t|-u|-v [N|unlimited]]; the default
 * resource is -f, and setting without -H or -S sets both, as in bash. */
int builtin_ulimit(int argc, char **argv) {
  const struct limit *l = &limits[2];
  int i, k, hard = 0, soft = 0, all = 0;
  for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *o;
    for (o = argv[i] + 1; *o; o++) {
      if (*o == 'H') hard = 1;
      else if (*o == 'S') soft = 1;
      else if (*o == 'a') all = 1;
      else {
        for (k = 0; k < NLIMITS && limits[k].option != *o; k++) continue;
        if (k == NLIMITS) {
          fprintf(stderr, "sh: ulimit: -%c: invalid option\n", *o);
          return 2;
        }
        l = &limits[k];
      }
    }
  }
  if (all) {
    for (k = 0; k < NLIMITS; k++) print_limit(&limits[k], hard, 1);
    return 0;
  }
  if (i == argc) {
    print_limit(l, hard, 0);
    return 0;
  }
  {
    struct rlimit rl;
    rlim_t v;
    char *end;
    if (strcmp(argv[i], "unlimited") == 0) {
      v = RLIM_INFINITY;
    } else {
      v = (rlim_t)strtoull(argv[i], &end, 10) * (rlim_t)l->unit;
      if (*end || end == argv[i]) {
        fprintf(stderr, "sh: ulimit: %s: invalid number\n", argv[i]);
        return 1;
      }
    }
    getrlimit(l->resource, &rl);
    if (hard || !soft) rl.rlim_max = v;
    if (soft || !hard) rl.rlim_cur = v;
    if (setrlimit(l->resource, &rl) != 0) {
      fprintf(stderr, "sh: ulimit: %s: cannot modify limit: %s\n", l->what, strerror(errno));
      return 1;
    }
  }
  return 0;
}

/* ---- test and [ ---- */

static int file_test(char op, const char *path) {
  struct stat st;
  if (op == 'e') return stat(path, &st) == 0;
  if (op == 'f') return stat(path, &st) == 0 && S_ISREG(st.st_mode);
  if (op == 'd') return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
  if (op == 's') return stat(path, &st) == 0 && st.st_size > 0;
  if (op == 'r') return access(path, R_OK) == 0;
  if (op == 'w') return access(path, W_OK) == 0;
  if (op == 'x') return access(path, X_OK) == 0;
  return -1;
}

static int integer(const char *s, long *out) {
  char *end;
  *out = strtol(s, &end, 10);
  return *s && !*end;
}

static int is_binary(const char *op) {
  static const char *const ops[] = {"=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"};
  size_t i;
  for (i = 0; i < sizeof ops / sizeof ops[0]; i++)
    if (strcmp(op, ops[i]) == 0) return 1;
  return 0;
}

/* One primary: 1 true, 0 false, -1 a usage error. */
static int test_primary(int argc, char **argv) {
  if (argc == 0) return 0;
  if (argc == 1) return argv[0][0] != 0;
  if (argc == 2 && strcmp(argv[0], "!") == 0) return !test_primary(1, argv + 1);
  if (argc == 2 && argv[0][0] == '-' && argv[0][1] && !argv[0][2]) {
    if (argv[0][1] == 'n') return argv[1][0] != 0;
    if (argv[0][1] == 'z') return argv[1][0] == 0;
    return file_test(argv[0][1], argv[1]);
  }
  if (argc == 3 && is_binary(argv[1])) {
    const char *op = argv[1];
    long a, b;
    if (strcmp(op, "=") == 0 || strcmp(op, "==") == 0) return strcmp(argv[0], argv[2]) == 0;
    if (strcmp(op, "!=") == 0) return strcmp(argv[0], argv[2]) != 0;
    if (!integer(argv[0], &a) || !integer(argv[2], &b)) {
      if (op[0] == '-') fprintf(stderr, "sh: test: integer expression expected\n");
      return -1;
    }
    if (strcmp(op, "-eq") == 0) return a == b;
    if (strcmp(op, "-ne") == 0) return a != b;
    if (strcmp(op, "-lt") == 0) return a < b;
    if (strcmp(op, "-le") == 0) return a <= b;
    if (strcmp(op, "-gt") == 0) return a > b;
    if (strcmp(op, "-ge") == 0) return a >= b;
  }
  if (argc >= 2 && strcmp(argv[0], "!") == 0) {
    int r = test_primary(argc - 1, argv + 1);
    return r < 0 ? r : !r;
  }
  return -1;
}

/* test EXPR / [ EXPR ]: status 0 true, 1 false, 2 error. -a and -o join
 * primaries (-a binds tighter, as in POSIX's XSI rules). */
int builtin_test(int argc, char **argv) {
  int i, start = 1, result = 0, and_result = 1;
  if (strcmp(argv[0], "[") == 0) {
    if (strcmp(argv[argc - 1], "]") != 0) {
      fputs("sh: [: missing ]\n", stderr);
      return 2;
    }
    argc--;
  }
  for (i = 1; i <= argc; i++) {
    if (i == argc || strcmp(argv[i], "-a") == 0 || strcmp(argv[i], "-o") == 0) {
      int r = test_primary(i - start, argv + start);
      if (r < 0) {
        if (i - start) fprintf(stderr, "sh: test: %s: unexpected operator\n", argv[start]);
        return 2;
      }
      and_result = and_result && r;
      if (i == argc || argv[i][1] == 'o') {
        result = result || and_result;
        and_result = 1;
      }
      start = i + 1;
    }
  }
  return !result;
}

/* set [--] [ARG...]: new positional parameters ($1, $2, ... and $#);
 * without operands, list the variables. Options (set -e, set -x) are not
 * supported, and are refused rather than ignored. */
int builtin_set(int argc, char **argv) {
  int i = 1, n;
  char **args;
  if (argc == 1) {
    var_print_all();
    return 0;
  }
  if (strcmp(argv[1], "--") == 0) {
    i = 2;
  } else if (argv[1][0] == '-' || argv[1][0] == '+') {
    fprintf(stderr, "sh: set: %s: option not supported\n", argv[1]);
    return 2;
  }
  n = argc - i;
  args = malloc(sizeof(char *) * (size_t)(n + 1));  /* outlives the command's arena */
  for (int k = 0; k < n; k++) args[k] = strdup(argv[i + k]);
  args[n] = NULL;
  sh.args = args;
  sh.nargs = n;
  return 0;
}
