/* /bin/sh: a small POSIX-style shell for learning how a shell uses fork,
 * exec and wait.
 *
 *   sh                       read commands from stdin ("$ " prompt on a tty)
 *   sh -c 'CMDLINE' [NAME [ARGS...]]
 *   sh SCRIPT [ARGS...]
 *   sh -i ...                interactive even when stdin is not a tty
 *
 * Each complete command is parsed (sh/parse.c), then run (sh/exec.c); the
 * parse tree lives in an arena emptied after each command. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sh/sh.h"

/* The build makes one program of each bin/NAME.c, so the shell's other
 * parts are compiled here, as one unit (sh/sh.h says how they fit). */
#include "sh/parse.c"
#include "sh/expand.c"
#include "sh/exec.c"
#include "sh/builtin.c"
#include "sh/arith.c"

/* Runs every command of a whole text (-c or a script). A syntax error
 * ends a non-interactive shell with status 2, as POSIX asks. */
int run_text(const char *text) {
  const char *p = text;
  for (;;) {
    struct list l;
    enum parse_result r = parse_next(&p, &l);
    if (r == PARSE_END) break;
    if (r == PARSE_INCOMPLETE) {
      fputs("sh: syntax error: unexpected end of file\n", stderr);
      return 2;
    }
    if (r == PARSE_ERROR) return 2;
    if (r == PARSE_OK) run_list(&l);
    arena_reset();
  }
  return sh.last_status;
}

/* ^C at the prompt: the terminal threw the typed line away, and the
 * shell starts a new one (as bash does). */
static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig) {
  (void)sig;
  interrupted = 1;
}

/* Reads one line from fd 0 a byte at a time: a buffered read would take
 * input that belongs to the commands we start (`sh < script` where the
 * script runs `cat`). Returns 0 at end of file with nothing read, -1 when
 * ^C interrupted the line. */
static int read_line(char **buf, size_t *len, size_t *cap) {
  size_t start = *len;
  interrupted = 0;
  for (;;) {
    char c;
    ssize_t n = read(0, &c, 1);
    if (n < 0 && errno == EINTR && interrupted) return -1;
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return *len > start;
    if (*len + 2 > *cap) {
      *cap = *cap ? *cap * 2 : 256;
      *buf = realloc(*buf, *cap);
    }
    (*buf)[(*len)++] = c;
    (*buf)[*len] = 0;
    if (c == '\n') return 1;
  }
}

static void prompt(const char *text) {
  if (!sh.interactive) return;
  fputs(text, stderr);
  fflush(stderr);
}

/* The read-parse-run loop on stdin. Lines that end inside a quote or after
 * '|' or '&&' continue on the next line (prompt "> "). */
static int run_stdin(void) {
  char *buf = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    const char *p;
    int more;
    if (sh.interactive) reap_jobs(1);
    prompt(len ? "> " : "$ ");
    more = read_line(&buf, &len, &cap);
    if (more < 0) {  /* ^C: a new prompt, and the unfinished command is dropped */
      fputc('\n', stderr);
      len = 0;
      continue;
    }
    if (!more && len == 0) break;
    p = buf;
    for (;;) {
      struct list l;
      enum parse_result r = parse_next(&p, &l);
      if (r == PARSE_INCOMPLETE && more) break;  /* keep the text, read on */
      if (r == PARSE_INCOMPLETE) fputs("sh: syntax error: unexpected end of file\n", stderr);
      if (r == PARSE_INCOMPLETE || r == PARSE_ERROR) {
        sh.last_status = 2;
        if (!sh.interactive) shell_exit(2);
        p = buf + len;
      }
      if (r == PARSE_OK) run_list(&l);
      arena_reset();
      if (r != PARSE_OK && r != PARSE_EMPTY) {
        len = 0;
        break;
      }
    }
    if (!more) break;
  }
  if (sh.interactive) fputs("\n", stderr);
  return sh.last_status;
}

static int run_script(const char *path) {
  FILE *f = fopen(path, "r");
  char *text = NULL;
  size_t len = 0, cap = 0, n;
  int status;
  if (!f) {
    fprintf(stderr, "sh: %s: %s\n", path, strerror(errno));
    return 127;
  }
  do {
    if (len + 4096 + 1 > cap) {
      cap = cap ? cap * 2 : 8192;
      text = realloc(text, cap);
    }
    n = fread(text + len, 1, 4096, f);
    len += n;
  } while (n > 0);
  text[len] = 0;
  fclose(f);
  status = run_text(text);
  free(text);
  return status;
}

static void usage(void) {
  fputs("usage: sh [-i] [-c CMDLINE [NAME [ARGS...]] | SCRIPT [ARGS...]]\n", stderr);
  exit(2);
}

int main(int argc, char **argv) {
  const char *command = NULL;
  int i = 1, force_interactive = 0;
  char cwd[512];
  var_import_environ();
  if (!var_get("PATH")) var_set("PATH", "/bin", 1);
  if (getcwd(cwd, sizeof cwd)) var_set("PWD", cwd, 1);
  sh.name = argv[0];
  sh.pid = getpid();
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    if (strcmp(argv[i], "-c") == 0 && i + 1 < argc) command = argv[++i];
    else if (strcmp(argv[i], "-i") == 0) force_interactive = 1;
    else if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    } else usage();
  }
  if (command) {
    if (i < argc) sh.name = argv[i++];
    sh.args = argv + i;
    sh.nargs = argc - i;
    sh.interactive = force_interactive;
    shell_exit(run_text(command));
  }
  if (i < argc) {
    sh.name = argv[i];
    sh.args = argv + i + 1;
    sh.nargs = argc - i - 1;
    shell_exit(run_script(argv[i]));
  }
  sh.interactive = force_interactive || (isatty(0) && isatty(2));
  if (sh.interactive) {
    /* ^C interrupts the command, not the shell: the shell's handler only
     * starts a new prompt (its children get the default back at exec, or
     * in setup_child). No SA_RESTART, so the read at the prompt ends. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigaction(SIGINT, &sa, 0);
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTERM, SIG_IGN);
    start_job_control();
  }
  shell_exit(run_stdin());
  return 0;
}
