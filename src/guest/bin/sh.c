/* sh: a small Bourne-style shell.
 *
 *   list     := and_or { (';' | '&' | newline) and_or }
 *   and_or   := pipeline { ('&&' | '||') pipeline }
 *   pipeline := command { '|' command }
 *   command  := { word | redirection }
 *   redirection := [fd] ('<' | '>' | '>>') word  |  [fd] '>&' fd
 *
 * Builtins: cd, exit, wait, export, unset, exec, ulimit, NAME=value, and
 * the `time` prefix (times the pipeline it starts).
 * Words: 'single quotes', "double quotes" (with $ expansion), backslash,
 * $? $$ $# $0..$9 $* $@ $NAME ${NAME} ${NAME:-default}, and unquoted
 * * ? [..] matched against file names (sorted; a pattern that matches
 * nothing stays as it is; wildcards that come out of a $ expansion stay
 * literal, unlike POSIX); # starts a comment.
 * Usage: sh [-c COMMANDS [NAME [ARG...]] | FILE [ARG...]].
 *
 * Each line is cut into tokens, parsed into a tree of the grammar above,
 * then run: a pipeline forks one child per command, joined by pipes; the
 * shell waits for the last one unless the list item ends in '&'. Words are
 * expanded when their command runs, so `false; echo $?` prints 1. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_TOKENS 512
#define MAX_WORDS 128
#define MAX_REDIRS 8
#define MAX_CMDS 16
#define MAX_PIPELINES 32
#define MAX_ITEMS 32

enum token_kind { T_WORD, T_SEMI, T_AMP, T_PIPE, T_AND, T_OR, T_LESS, T_GREAT, T_DGREAT, T_END };

struct token {
  enum token_kind kind;
  char *text; /* T_WORD: the raw word, quotes still in it */
  int fd;     /* redirections: the descriptor before the operator, or -1 */
  int dup;    /* T_GREAT written as >&: the word is a descriptor to copy */
};

struct redir {
  enum token_kind kind; /* T_LESS, T_GREAT, T_DGREAT */
  int fd;               /* which descriptor it changes */
  int dup;              /* >&N: copy descriptor N instead of opening a file */
  char *word;
};

struct command {
  char *words[MAX_WORDS];
  int nwords;
  struct redir redirs[MAX_REDIRS];
  int nredirs;
};

struct pipeline {
  struct command cmds[MAX_CMDS];
  int ncmds;
};

/* An and_or: pipelines joined by && (T_AND) or || (T_OR). */
struct and_or {
  struct pipeline *pipes[MAX_PIPELINES];
  enum token_kind ops[MAX_PIPELINES]; /* ops[i] joins pipes[i] and pipes[i+1] */
  int npipes;
  int background;
};

static int last_status;
static int interactive;
static char **params; /* $0, $1, ... */
static int nparams;

/* ---- tokens ---- */

static int is_operator_char(int c) { return c == ';' || c == '&' || c == '|' || c == '<' || c == '>'; }

/* Cut a line into tokens. Returns the count, or -1 (and a message) for an
 * unterminated quote. Word texts are copies that keep their quotes. */
static int tokenize(const char *s, struct token *toks, int max) {
  int n = 0;
  while (n < max - 1) {
    while (*s == ' ' || *s == '\t' || *s == '\n') {
      if (*s == '\n') {
        toks[n].kind = T_SEMI;
        toks[n++].text = 0;
      }
      s++;
    }
    if (!*s || *s == '#') break;
    struct token *t = &toks[n++];
    t->text = 0;
    t->fd = -1;
    t->dup = 0;
    const char *digits = s;
    while (*digits >= '0' && *digits <= '9') digits++;
    if (digits > s && (*digits == '<' || *digits == '>')) { /* 2>file, 2>&1 */
      t->fd = atoi(s);
      s = digits;
    }
    if (is_operator_char(*s)) {
      if (s[0] == '&' && s[1] == '&') t->kind = T_AND, s += 2;
      else if (s[0] == '|' && s[1] == '|') t->kind = T_OR, s += 2;
      else if (s[0] == '>' && s[1] == '>') t->kind = T_DGREAT, s += 2;
      else if (s[0] == '>' && s[1] == '&') t->kind = T_GREAT, t->dup = 1, s += 2;
      else {
        t->kind = *s == ';' ? T_SEMI : *s == '&' ? T_AMP : *s == '|' ? T_PIPE : *s == '<' ? T_LESS : T_GREAT;
        s++;
      }
      continue;
    }
    const char *start = s;
    while (*s && *s != ' ' && *s != '\t' && *s != '\n' && !is_operator_char(*s)) {
      if (*s == '\\' && s[1]) {
        s += 2;
      } else if (*s == '\'' || *s == '"') {
        char q = *s++;
        while (*s && *s != q) s += (q == '"' && *s == '\\' && s[1]) ? 2 : 1;
        if (!*s) {
          fprintf(stderr, "sh: unterminated quote\n");
          return -1;
        }
        s++;
      } else {
        s++;
      }
    }
    t->kind = T_WORD;
    t->text = strndup(start, (size_t)(s - start));
  }
  toks[n].kind = T_END;
  toks[n].text = 0;
  return n;
}

/* ---- parsing ---- */

static struct token *cur;

static int syntax_error(void) {
  fprintf(stderr, "sh: syntax error near unexpected token\n");
  return -1;
}

static int parse_command(struct command *c) {
  memset(c, 0, sizeof *c);
  for (;;) {
    if (cur->kind == T_WORD) {
      if (c->nwords == MAX_WORDS - 1) return syntax_error();
      c->words[c->nwords++] = cur++->text;
    } else if (cur->kind == T_LESS || cur->kind == T_GREAT || cur->kind == T_DGREAT) {
      if (cur[1].kind != T_WORD || c->nredirs == MAX_REDIRS) return syntax_error();
      struct redir *r = &c->redirs[c->nredirs++];
      r->kind = cur->kind;
      r->fd = cur->fd >= 0 ? cur->fd : cur->kind == T_LESS ? 0 : 1;
      r->dup = cur->dup;
      r->word = cur[1].text;
      cur += 2;
    } else {
      break;
    }
  }
  return c->nwords + c->nredirs > 0 ? 0 : syntax_error();
}

static struct pipeline *parse_pipeline(void) {
  struct pipeline *p = calloc(1, sizeof *p);
  for (;;) {
    if (p->ncmds == MAX_CMDS || parse_command(&p->cmds[p->ncmds++]) < 0) {
      free(p);
      return 0;
    }
    if (cur->kind != T_PIPE) return p;
    cur++;
  }
}

/* Parse one and_or with its terminator; returns 1 if one was parsed, 0 at
 * the end, -1 on a syntax error. */
static int parse_and_or(struct and_or *a) {
  while (cur->kind == T_SEMI) cur++;
  if (cur->kind == T_END) return 0;
  memset(a, 0, sizeof *a);
  for (;;) {
    struct pipeline *p = a->npipes < MAX_PIPELINES ? parse_pipeline() : 0;
    if (!p) return -1;
    a->pipes[a->npipes++] = p;
    if (cur->kind != T_AND && cur->kind != T_OR) break;
    a->ops[a->npipes - 1] = cur++->kind;
  }
  if (cur->kind == T_AMP) {
    a->background = 1;
    cur++;
  } else if (cur->kind == T_SEMI) {
    cur++;
  } else if (cur->kind != T_END) {
    return syntax_error();
  }
  return 1;
}

/* ---- expansion ---- */

struct buf {
  char *s;
  size_t len, cap;
};

static void put(struct buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->s = realloc(b->s, b->cap);
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = 0;
}

static int is_name_char(int c, int first) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

/* $? $$ $# $N $* $@ $NAME ${NAME} ${NAME:-default}: appends the value,
 * returns the chars consumed. $* and $@ give the arguments joined by
 * spaces, as one word. */
static int expand_dollar(const char *p, struct buf *b) {
  char tmp[24];
  const char *value = 0;
  if (p[1] == '?' || p[1] == '$' || p[1] == '#') {
    int v = p[1] == '?' ? last_status : p[1] == '$' ? (int)getpid() : (nparams > 0 ? nparams - 1 : 0);
    snprintf(tmp, sizeof tmp, "%d", v);
    put(b, tmp, strlen(tmp));
    return 2;
  }
  if (p[1] >= '0' && p[1] <= '9') {
    int n = p[1] - '0';
    if (n < nparams) put(b, params[n], strlen(params[n]));
    return 2;
  }
  if (p[1] == '*' || p[1] == '@') {
    for (int i = 1; i < nparams; i++) {
      if (i > 1) put(b, " ", 1);
      put(b, params[i], strlen(params[i]));
    }
    return 2;
  }
  int braces = p[1] == '{';
  const char *name = p + 1 + braces, *end = name;
  while (is_name_char((unsigned char)*end, end == name)) end++;
  if (end == name) {
    put(b, "$", 1);
    return 1;
  }
  char *var = strndup(name, (size_t)(end - name));
  value = getenv(var);
  free(var);
  if (braces && end[0] == ':' && end[1] == '-') { /* ${NAME:-default} */
    const char *close = strchr(end, '}');
    if (!close) {
      put(b, "$", 1);
      return 1;
    }
    if (!value || !*value) put(b, end + 2, (size_t)(close - end - 2));
    else put(b, value, strlen(value));
    return (int)(close - p) + 1;
  }
  if (braces && *end != '}') {
    put(b, "$", 1);
    return 1;
  }
  if (value) put(b, value, strlen(value));
  return (int)(end - p) + braces;
}

/* Remove quotes and backslashes, expand $ outside single quotes. If the
 * word has an unquoted * ? or [, *pattern gets a copy for fnmatch in which
 * the quoted characters are escaped; otherwise it is set to 0. */
static char *expand_word(const char *w, char **pattern) {
  struct buf b = {0, 0, 0}, pat = {0, 0, 0};
  put(&b, "", 0);
  put(&pat, "", 0);
  int wild = 0;
  char quote = 0;
  for (const char *p = w; *p;) {
    size_t before = b.len;
    if (quote != '\'' && *p == '\\' && p[1]) {
      if (quote == '"' && !strchr("\"\\$", p[1])) put(&b, p, 1);
      put(&b, p + 1, 1);
      p += 2;
    } else if ((*p == '\'' || *p == '"') && (!quote || quote == *p)) {
      quote = quote ? 0 : *p;
      p++;
    } else if (*p == '$' && quote != '\'') {
      p += expand_dollar(p, &b);
    } else {
      if (!quote && strchr("*?[", *p)) {
        wild = 1;
        put(&pat, p, 1); /* a live wildcard */
        put(&b, p++, 1);
        continue;
      }
      put(&b, p++, 1);
    }
    for (size_t i = before; i < b.len; i++) { /* everything else is literal */
      if (strchr("*?[\\", b.s[i])) put(&pat, "\\", 1);
      put(&pat, &b.s[i], 1);
    }
  }
  if (pattern) *pattern = wild ? pat.s : 0;
  if (!wild || !pattern) free(pat.s);
  return b.s;
}

struct words {
  char **v;
  int n, cap;
};

static void add_word(struct words *w, char *s) {
  if (w->n + 2 > w->cap) {
    w->cap = w->cap ? w->cap * 2 : 16;
    w->v = realloc(w->v, (size_t)w->cap * sizeof *w->v);
  }
  w->v[w->n++] = s;
  w->v[w->n] = 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pathname expansion, for wildcards in the last component ("*.c",
 * "dir/?.txt"); names starting with '.' only match a pattern that does. */
static int glob_word(const char *pattern, struct words *out) {
  const char *slash = strrchr(pattern, '/');
  char dir[1024] = ".";
  const char *base = pattern;
  if (slash) {
    size_t len = (size_t)(slash - pattern);
    if (len >= sizeof dir) return 0;
    memcpy(dir, pattern, len);
    dir[len] = 0;
    if (len == 0) strcpy(dir, "/");
    base = slash + 1;
    if (strpbrk(dir, "*?[")) return 0; /* wildcards in directories: not supported */
  }
  DIR *d = opendir(dir);
  if (!d) return 0;
  int first = out->n;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' && base[0] != '.') continue;
    if (fnmatch(base, e->d_name, 0) != 0) continue;
    size_t len = (slash ? (size_t)(slash - pattern) + 1 : 0) + strlen(e->d_name) + 1;
    char *path = malloc(len);
    snprintf(path, len, "%.*s%s", slash ? (int)(slash - pattern) + 1 : 0, pattern, e->d_name);
    add_word(out, path);
  }
  closedir(d);
  qsort(out->v + first, (size_t)(out->n - first), sizeof *out->v, by_name);
  return out->n - first;
}

/* Expand every word of a command into argv (NULL-terminated). */
static struct words expand_command(const struct command *c) {
  struct words w = {0, 0, 0};
  add_word(&w, 0);
  w.n = 0;
  for (int k = 0; k < c->nwords; k++) {
    char *pattern;
    char *word = expand_word(c->words[k], &pattern);
    if (pattern && glob_word(pattern, &w) > 0) free(word);
    else add_word(&w, word);
    free(pattern);
  }
  return w;
}

/* ---- running ---- */

static int status_of(int wstatus) {
  return WIFSIGNALED(wstatus) ? 128 + WTERMSIG(wstatus) : WEXITSTATUS(wstatus);
}

static int apply_redirections(const struct command *c) {
  for (int i = 0; i < c->nredirs; i++) {
    const struct redir *r = &c->redirs[i];
    char *word = expand_word(r->word, 0);
    int fd;
    if (r->dup) {
      fd = dup(atoi(word)); /* >&N: a copy, so closing it below is harmless */
    } else {
      int flags = r->kind == T_LESS ? O_RDONLY
                                     : O_WRONLY | O_CREAT | (r->kind == T_DGREAT ? O_APPEND : O_TRUNC);
      fd = open(word, flags, 0666);
    }
    if (fd < 0) {
      fprintf(stderr, "sh: %s: %s\n", word, strerror(errno));
      free(word);
      return -1;
    }
    free(word);
    if (fd != r->fd) {
      dup2(fd, r->fd);
      close(fd);
    }
  }
  return 0;
}

static void wait_all(void) {
  int st;
  while (wait(&st) > 0) {}
}

/* ulimit [-a | -u | -n | -v | -s | -t | -f] [N | unlimited]: show or set a
 * soft and hard limit of this shell, which its children inherit (RLIMIT_NPROC
 * is what stops a fork bomb: fork fails with EAGAIN). */
static int ulimit_builtin(char **argv, int argc) {
  static const struct { char opt; int resource; const char *what; } limits[] = {
      {'t', RLIMIT_CPU, "cpu time (seconds)"}, {'f', RLIMIT_FSIZE, "file size (bytes)"},
      {'s', RLIMIT_STACK, "stack size (bytes)"}, {'u', RLIMIT_NPROC, "max user processes"},
      {'n', RLIMIT_NOFILE, "open files"}, {'v', RLIMIT_AS, "virtual memory (bytes)"}};
  int n = (int)(sizeof limits / sizeof limits[0]), which = 1, all = 0, i = 1; /* -f */
  for (; i < argc && argv[i][0] == '-'; i++) {
    if (argv[i][1] == 'a') all = 1;
    for (int k = 0; k < n; k++)
      if (argv[i][1] == limits[k].opt) which = k;
  }
  for (int k = 0; k < n; k++) {
    if (!all && k != which) continue;
    struct rlimit rl;
    getrlimit(limits[k].resource, &rl);
    if (!all && i < argc) { /* set */
      rlim_t v = strcmp(argv[i], "unlimited") == 0 ? RLIM_INFINITY : strtoull(argv[i], 0, 10);
      rl.rlim_cur = rl.rlim_max = v;
      if (setrlimit(limits[k].resource, &rl) < 0) {
        fprintf(stderr, "sh: ulimit: %s\n", strerror(errno));
        return 1;
      }
      return 0;
    }
    if (all) printf("%-24s (-%c) ", limits[k].what, limits[k].opt);
    if (rl.rlim_cur == RLIM_INFINITY) printf("unlimited\n");
    else printf("%llu\n", (unsigned long long)rl.rlim_cur);
  }
  return 0;
}

/* Builtins that change the shell itself. Returns -1 if argv is not one. */
static int run_builtin(char **argv, int argc) {
  if (strcmp(argv[0], "cd") == 0) {
    const char *dir = argc > 1 ? argv[1] : getenv("HOME");
    if (!dir) dir = "/";
    if (chdir(dir) < 0) {
      fprintf(stderr, "sh: cd: %s: %s\n", dir, strerror(errno));
      return 1;
    }
    return 0;
  }
  if (strcmp(argv[0], "exit") == 0) {
    fflush(stdout);
    exit(argc > 1 ? atoi(argv[1]) : last_status);
  }
  if (strcmp(argv[0], "wait") == 0) {
    if (argc > 1) {
      int st = 0;
      if (waitpid(atoi(argv[1]), &st, 0) < 0) return 127;
      return status_of(st);
    }
    wait_all();
    return 0;
  }
  if (strcmp(argv[0], "ulimit") == 0) return ulimit_builtin(argv, argc);
  if (strcmp(argv[0], "export") == 0 || strcmp(argv[0], "unset") == 0) {
    for (int i = 1; i < argc; i++) {
      char *eq = strchr(argv[i], '=');
      if (argv[0][0] == 'u') unsetenv(argv[i]);
      else if (eq) {
        *eq = 0;
        setenv(argv[i], eq + 1, 1);
      }
    }
    return 0;
  }
  if (strchr(argv[0], '=') && argv[0][0] != '=' && argc == 1) { /* NAME=value */
    char *eq = strchr(argv[0], '=');
    *eq = 0;
    setenv(argv[0], eq + 1, 1);
    return 0;
  }
  return -1;
}

static void exec_command(char **argv) {
  execvp(argv[0], argv);
  fprintf(stderr, "sh: %s: %s\n", argv[0], errno == ENOENT ? "command not found" : strerror(errno));
  _exit(errno == ENOENT ? 127 : 126);
}

static void free_words(struct words *w, int n) {
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < w[i].n; k++) free(w[i].v[k]);
    free(w[i].v);
  }
}

/* Runs a pipeline; returns its status (the last command's), or 0 when
 * started in the background. */
static int run_pipeline(const struct pipeline *p, int background) {
  struct words words[MAX_CMDS];
  char **argv[MAX_CMDS];
  for (int i = 0; i < p->ncmds; i++) {
    words[i] = expand_command(&p->cmds[i]);
    argv[i] = words[i].v;
  }
  int status = -1;
  if (p->ncmds == 1 && !background && words[0].n > 0) {
    if (strcmp(argv[0][0], "exec") == 0 && argv[0][1]) {
      if (apply_redirections(&p->cmds[0]) < 0) return 1;
      exec_command(argv[0] + 1);
    }
    status = run_builtin(argv[0], words[0].n);
  }
  if (status >= 0) {
    free_words(words, p->ncmds);
    return status;
  }
  status = 0;
  fflush(stdout);
  int in = -1;
  pid_t last = -1;
  for (int i = 0; i < p->ncmds; i++) {
    int fds[2] = {-1, -1};
    if (i + 1 < p->ncmds && pipe(fds) < 0) {
      perror("sh: pipe");
      break;
    }
    pid_t pid = fork();
    if (pid < 0) {
      perror("sh: fork");
      status = 1;
      break;
    }
    if (pid == 0) {
      /* The interactive shell ignores ^C; its foreground commands must not
       * (ignored signals stay ignored across exec). Background commands
       * ignore it, as in a shell without job control. */
      signal(SIGINT, background ? SIG_IGN : SIG_DFL);
      signal(SIGQUIT, background ? SIG_IGN : SIG_DFL);
      if (in >= 0) {
        dup2(in, 0);
        close(in);
      }
      if (fds[1] >= 0) {
        dup2(fds[1], 1);
        close(fds[1]);
        close(fds[0]);
      }
      if (apply_redirections(&p->cmds[i]) < 0) _exit(1);
      if (words[i].n == 0) _exit(0);
      int r = run_builtin(argv[i], words[i].n);
      if (r >= 0) { /* a builtin in a pipeline runs in this child */
        fflush(stdout);
        _exit(r);
      }
      exec_command(argv[i]);
    }
    if (in >= 0) close(in);
    if (fds[1] >= 0) close(fds[1]);
    in = fds[0];
    last = pid;
  }
  if (in >= 0) close(in);
  free_words(words, p->ncmds);
  if (background) {
    if (interactive) fprintf(stderr, "[%d]\n", (int)last);
    return 0;
  }
  /* wait for the pipeline's processes; the last one gives the status */
  int st;
  pid_t pid;
  int waiting = p->ncmds;
  while (waiting > 0 && (pid = wait(&st)) > 0) {
    if (pid == last) status = status_of(st);
    waiting--;
  }
  return status;
}

/* `time PIPELINE`: wall clock from CLOCK_MONOTONIC, CPU from the
 * children's times (the pipeline's processes are our children). */
static int run_timed(struct pipeline *p, int background) {
  struct timespec t0, t1;
  struct tms c0, c1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  times(&c0);
  struct command *first = &p->cmds[0];
  char *word = first->words[0];
  memmove(first->words, first->words + 1, (size_t)(first->nwords - 1) * sizeof first->words[0]);
  first->nwords--;
  int status = first->nwords > 0 || first->nredirs > 0 ? run_pipeline(p, background) : 0;
  first->nwords++; /* put "time" back: the tokens are freed by the caller */
  memmove(first->words + 1, first->words, (size_t)(first->nwords - 1) * sizeof first->words[0]);
  first->words[0] = word;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  times(&c1);
  long tick = sysconf(_SC_CLK_TCK);
  double real = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  fprintf(stderr, "\nreal\t%.3fs\nuser\t%.3fs\nsys\t%.3fs\n", real,
          (double)(c1.tms_cutime - c0.tms_cutime) / (double)tick,
          (double)(c1.tms_cstime - c0.tms_cstime) / (double)tick);
  return status;
}

static int run_maybe_timed(struct pipeline *p, int background) {
  struct command *c = &p->cmds[0];
  if (c->nwords > 0 && strcmp(c->words[0], "time") == 0) return run_timed(p, background);
  return run_pipeline(p, background);
}

static void run_and_or(const struct and_or *a) {
  if (a->background && a->npipes > 1) { /* a && b & : run the whole list in a subshell */
    fflush(stdout);
    if (fork() == 0) {
      struct and_or fg = *a;
      fg.background = 0;
      run_and_or(&fg);
      exit(last_status);
    }
    last_status = 0;
    return;
  }
  last_status = run_maybe_timed(a->pipes[0], a->background);
  for (int i = 1; i < a->npipes; i++) {
    int ok = last_status == 0;
    if ((a->ops[i - 1] == T_AND) == ok) last_status = run_maybe_timed(a->pipes[i], a->background);
  }
}

static void run_line(const char *line) {
  struct token toks[MAX_TOKENS];
  int n = tokenize(line, toks, MAX_TOKENS);
  if (n < 0) {
    last_status = 2;
    return;
  }
  cur = toks;
  for (;;) {
    struct and_or a;
    int r = parse_and_or(&a);
    if (r < 0) last_status = 2;
    if (r <= 0) break;
    run_and_or(&a);
    for (int i = 0; i < a.npipes; i++) free(a.pipes[i]);
  }
  for (int i = 0; i < n; i++) free(toks[i].text);
}

int main(int argc, char **argv) {
  params = argv;
  nparams = argc > 0 ? 1 : 0;
  if (argc > 2 && strcmp(argv[1], "-c") == 0) {
    if (argc > 3) { /* sh -c CMD NAME ARGS: $0 = NAME */
      params = argv + 3;
      nparams = argc - 3;
    }
    run_line(argv[2]);
    return last_status;
  }
  FILE *in = stdin;
  if (argc > 1) {
    params = argv + 1; /* sh FILE ARGS: $0 = FILE */
    nparams = argc - 1;
    if (!(in = fopen(argv[1], "r"))) {
      fprintf(stderr, "sh: %s: %s\n", argv[1], strerror(errno));
      return 127;
    }
  }
  interactive = in == stdin && isatty(0);
  if (interactive) {
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
  }
  char *line = 0;
  size_t cap = 0;
  for (;;) {
    if (interactive) {
      int st;
      while (waitpid(-1, &st, WNOHANG) > 0) {} /* reap finished background jobs */
      fprintf(stderr, "$ ");
    }
    if (getline(&line, &cap, in) < 0) break;
    run_line(line);
  }
  return last_status;
}
