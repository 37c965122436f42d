/* /bin/grep [-vcnilqhHEF] [-e PATTERN] PATTERN [FILE...]: print the lines
 * that match a regular expression (basic by default, extended with -E,
 * fixed string with -F; lib/regex.c does the matching).
 *
 * Exit status 0 if a line was selected, 1 if none, 2 on error -- which is
 * what `cmd | grep -q x && ...` tests.
 *
 * Why `ps ax | grep "[z]ombie"` finds zombie but not the grep itself: the
 * grep's own command line holds "[z]ombie", which the pattern (a set of one
 * letter, then "ombie") does not match. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/regex.h"
#include "lib/regex.c"  /* one program per bin/NAME.c: the matcher is compiled in */

static int opt_invert, opt_count, opt_number, opt_list, opt_quiet, opt_names;

/* Greps one stream; returns the number of selected lines. */
static long grep_stream(struct regex *re, FILE *f, const char *name) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long lineno = 0, selected = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    size_t n = (size_t)len;
    lineno++;
    if (n && line[n - 1] == '\n') n--;
    if (regex_search(re, line, n) == opt_invert) continue;
    selected++;
    if (opt_quiet || opt_list) break;
    if (opt_count) continue;
    if (opt_names) printf("%s:", name);
    if (opt_number) printf("%ld:", lineno);
    fwrite(line, 1, n, stdout);
    putchar('\n');
  }
  free(line);
  if (opt_count && !opt_quiet) {
    if (opt_names) printf("%s:", name);
    printf("%ld\n", selected);
  }
  if (opt_list && selected && !opt_quiet) puts(name);
  return selected;
}

static void usage(void) {
  fputs("usage: grep [-vcnilqhHEF] [-e PATTERN] PATTERN [FILE...]\n", stderr);
  exit(2);
}

int main(int argc, char **argv) {
  const char *pattern = NULL;
  int flags = 0, i, status = 1, names = -1, error = 0;
  struct regex re;
  char err[128];
  for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *o = argv[i] + 1;
    int took_arg = 0;
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    for (; *o && !took_arg; o++) {
      switch (*o) {
        case 'v': opt_invert = 1; break;
        case 'c': opt_count = 1; break;
        case 'n': opt_number = 1; break;
        case 'i': flags |= REGEX_ICASE; break;
        case 'l': opt_list = 1; break;
        case 'q': opt_quiet = 1; break;
        case 'h': names = 0; break;
        case 'H': names = 1; break;
        case 'E': flags |= REGEX_EXTENDED; break;
        case 'F': flags |= REGEX_LITERAL; break;
        case 'G': flags &= ~REGEX_EXTENDED; break;
        case 'e':
          if (o[1]) pattern = o + 1;
          else if (i + 1 < argc) pattern = argv[++i];
          else usage();
          took_arg = 1;  /* the rest of this word was the pattern */
          break;
        default:
          fprintf(stderr, "grep: invalid option -- '%c'\n", *o);
          usage();
      }
    }
  }
  if (!pattern) {
    if (i >= argc) usage();
    pattern = argv[i++];
  }
  if (regex_compile(&re, pattern, flags, err, sizeof err) != 0) {
    fprintf(stderr, "grep: %s\n", err);
    return 2;
  }
  opt_names = names >= 0 ? names : argc - i > 1;
  if (i >= argc) {
    if (grep_stream(&re, stdin, "(standard input)")) status = 0;
  }
  for (; i < argc; i++) {
    FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
    if (!f) {
      if (!opt_quiet) fprintf(stderr, "grep: %s: %s\n", argv[i], strerror(errno));
      error = 1;
      continue;
    }
    if (grep_stream(&re, f, f == stdin ? "(standard input)" : argv[i])) status = 0;
    if (f != stdin) fclose(f);
    if (status == 0 && opt_quiet) break;
  }
  regex_free(&re);
  if (fflush(stdout) != 0) return 2;
  return error && !(opt_quiet && status == 0) ? 2 : status;
}
