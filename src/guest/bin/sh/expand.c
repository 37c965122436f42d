/* sh: variables and word expansion.
 *
 * A raw word such as  "$HOME"/x'$y'\ z*  becomes fields in the order POSIX
 * gives (XCU 2.6): tilde and parameter expansion, field splitting of the
 * unquoted expansion results, pathname expansion (globbing), quote
 * removal. We track which characters were quoted so that only unquoted
 * blanks split and only unquoted * ? [ glob. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sh.h"

struct shell sh;

/* ---- variables ---- */

struct var {
  char *name;
  char *value;
  int exported;
};
static struct var *vars;
static int nvars, cap_vars;

int is_name(const char *s, size_t n) {
  size_t i;
  if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return 0;
  for (i = 0; i < n; i++) {
    char c = s[i];
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return 0;
  }
  return 1;
}

static struct var *var_find(const char *name) {
  int i;
  for (i = 0; i < nvars; i++)
    if (strcmp(vars[i].name, name) == 0) return &vars[i];
  return NULL;
}

const char *var_get(const char *name) {
  struct var *v = var_find(name);
  return v ? v->value : NULL;
}

/* exported: 1 export, 0 leave the flag as it is. */
void var_set(const char *name, const char *value, int exported) {
  struct var *v = var_find(name);
  if (!v) {
    if (nvars == cap_vars) {
      cap_vars = cap_vars ? cap_vars * 2 : 32;
      vars = realloc(vars, sizeof(struct var) * cap_vars);
    }
    v = &vars[nvars++];
    v->name = strdup(name);
    v->value = NULL;
    v->exported = 0;
  }
  free(v->value);
  v->value = strdup(value);
  if (exported) v->exported = 1;
}

void var_unset(const char *name) {
  struct var *v = var_find(name);
  if (!v) return;
  free(v->name);
  free(v->value);
  *v = vars[--nvars];
}

void var_export(const char *name) {
  struct var *v = var_find(name);
  if (v) v->exported = 1;
  else var_set(name, "", 1);
}

void var_import_environ(void) {
  char **e;
  for (e = environ; e && *e; e++) {
    char *eq = strchr(*e, '=');
    char *name;
    if (!eq) continue;
    name = strndup(*e, (size_t)(eq - *e));
    var_set(name, eq + 1, 1);
    free(name);
  }
}

char **var_environ(void) {
  char **env = malloc(sizeof(char *) * (nvars + 1));
  int i, n = 0;
  for (i = 0; i < nvars; i++) {
    if (!vars[i].exported) continue;
    env[n] = malloc(strlen(vars[i].name) + strlen(vars[i].value) + 2);
    sprintf(env[n], "%s=%s", vars[i].name, vars[i].value);
    n++;
  }
  env[n] = NULL;
  return env;
}

static int compare_vars(const void *a, const void *b) {
  return strcmp(((const struct var *)a)->name, ((const struct var *)b)->name);
}

static void print_vars(int only_exported) {
  int i;
  qsort(vars, nvars, sizeof(struct var), compare_vars);
  for (i = 0; i < nvars; i++)
    if (vars[i].exported || !only_exported)
      printf("%s%s='%s'\n", only_exported ? "export " : "", vars[i].name, vars[i].value);
}

void var_print_exported(void) { print_vars(1); }
void var_print_all(void) { print_vars(0); }

/* ---- field building ---- */

struct builder {
  char *s, *quoted;    /* the current field and, per byte, "was quoted" */
  size_t len, cap;
  int started;         /* a field exists even if empty ("" gives one) */
  int split;           /* 0 for redirection targets: no splitting or globbing */
  char **fields;
  int nfields, cap_fields;
};

/* Room for one more byte and the terminator (also for "", which starts
 * a field without putting anything into it). */
static void reserve(struct builder *b) {
  if (b->len + 1 >= b->cap) {
    b->cap = b->cap ? b->cap * 2 : 64;
    b->s = realloc(b->s, b->cap);
    b->quoted = realloc(b->quoted, b->cap);
  }
}

static void put(struct builder *b, char c, int quoted) {
  reserve(b);
  b->s[b->len] = c;
  b->quoted[b->len++] = (char)quoted;
  b->started = 1;
}

static void add_field(struct builder *b, const char *s, size_t n) {
  if (b->nfields + 1 >= b->cap_fields) {
    int cap = b->cap_fields ? b->cap_fields * 2 : 16;
    char **bigger = arena_alloc(sizeof(char *) * cap);
    if (b->nfields) memcpy(bigger, b->fields, sizeof(char *) * b->nfields);
    b->fields = bigger;
    b->cap_fields = cap;
  }
  b->fields[b->nfields++] = arena_strndup(s, n);
}

/* Matches name against a glob pattern whose quoted bytes are literal. */
static int glob_match(const char *p, const char *q, const char *name) {
  for (; *p; p++, q++, name++) {
    if (*p == '*' && !*q) {
      for (;;) {
        if (glob_match(p + 1, q + 1, name)) return 1;
        if (!*name) return 0;
        name++;
      }
    }
    if (!*name) return 0;
    if (*p == '?' && !*q) continue;
    if (*p == '[' && !*q && strchr(p + 1, ']')) {
      int negate = p[1] == '!' || p[1] == '^', hit = 0;
      const char *c = p + 1 + negate;
      do {
        if (c[1] == '-' && c[2] && c[2] != ']') {
          hit |= *name >= c[0] && *name <= c[2];
          c += 3;
        } else {
          hit |= *name == *c++;
        }
      } while (*c != ']');
      if (hit == negate) return 0;
      q += c - p;
      p = c;
      continue;
    }
    if (*p != *name) return 0;
  }
  return *name == 0;
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Pathname expansion of the current field; wildcards may appear in the
 * last path component only. Returns 0 if nothing matched (the pattern is
 * then kept as it is, as sh does). */
static int glob_field(struct builder *b) {
  const char *slash = NULL;
  char *dir, *pat, *q;
  size_t i, dirlen;
  DIR *d;
  struct dirent *e;
  int first = b->nfields;
  for (i = 0; i < b->len; i++) {
    if (b->s[i] == '/') slash = b->s + i;
  }
  dirlen = slash ? (size_t)(slash - b->s) + 1 : 0;
  for (i = 0; i < dirlen; i++)
    if (!b->quoted[i] && strchr("*?[", b->s[i])) return 0;
  dir = arena_strndup(b->s, dirlen);
  pat = b->s + dirlen;
  q = b->quoted + dirlen;
  d = opendir(dirlen ? dir : ".");
  if (!d) return 0;
  while ((e = readdir(d)) != NULL) {
    char *full;
    if (e->d_name[0] == '.' && pat[0] != '.') continue;
    if (!glob_match(pat, q, e->d_name)) continue;
    full = arena_alloc(dirlen + strlen(e->d_name) + 1);
    sprintf(full, "%s%s", dir, e->d_name);
    add_field(b, full, strlen(full));
  }
  closedir(d);
  qsort(b->fields + first, b->nfields - first, sizeof(char *), compare_strings);
  return b->nfields > first;
}

static void end_field(struct builder *b) {
  size_t i;
  int wild = 0;
  if (!b->started) return;
  reserve(b);
  b->s[b->len] = 0;
  b->quoted[b->len] = 1;
  for (i = 0; i < b->len && b->split; i++)
    if (!b->quoted[i] && strchr("*?[", b->s[i])) wild = 1;
  if (!wild || !glob_field(b)) add_field(b, b->s, b->len);
  b->len = 0;
  b->started = 0;
}

/* Appends an expansion result: quoted text is kept whole, unquoted text is
 * split at blanks (IFS is fixed at space, tab and newline). */
static void put_expansion(struct builder *b, const char *value, int quoted) {
  for (; *value; value++) {
    if (!quoted && b->split && strchr(" \t\n", *value)) {
      end_field(b);
    } else {
      put(b, *value, quoted);
    }
  }
}

/* ---- parameter expansion ---- */

static char number_buf[16];

static const char *number(int n) {
  sprintf(number_buf, "%d", n);
  return number_buf;
}

static const char *parameter(const char **pp);

/* ${NAME:-word} (word if NAME is unset or empty), ${NAME-word} (if
 * unset), ${NAME:+word} (word if set and not empty), ${NAME:=word} (also
 * assigns). The word is taken literally here: no nested expansion. */
static const char *parameter_default(char *name, char *op) {
  int colon = *op == ':';
  char kind = op[colon];
  const char *word = op + colon + 1, *value;
  *op = 0;
  value = var_get(name);
  if (!is_name(name, strlen(name))) {
    /* $1.. and the specials: expand "$NAME" the ordinary way */
    char text[8];
    const char *q = text;
    snprintf(text, sizeof text, "%s", name);
    value = parameter(&q);
    if (value && !*value) value = NULL;
  }
  if (kind == '+') return value && (*value || !colon) ? word : "";
  if (value && (*value || !colon)) return value;
  if (kind == '=') var_set(name, word, 0);
  return kind == '-' || kind == '=' ? word : (value ? value : "");
}

/* Expands the parameter after a '$' at *pp; returns NULL if the '$' is a
 * plain character. "$@" is handled by the caller. */
static const char *parameter(const char **pp) {
  const char *p = *pp;
  char name[128];
  size_t n = 0;
  const char *value;
  if (*p == '?') value = number(sh.last_status), p++;
  else if (*p == '$') value = number((int)sh.pid), p++;
  else if (*p == '!') value = sh.last_bg ? number((int)sh.last_bg) : "", p++;
  else if (*p == '#') value = number(sh.nargs), p++;
  else if (*p == '0') value = sh.name, p++;
  else if (*p >= '1' && *p <= '9') value = *p - '1' < sh.nargs ? sh.args[*p - '1'] : "", p++;
  else if (*p == '{') {
    const char *end = strchr(p, '}');
    char *op;
    if (!end) return NULL;
    n = (size_t)(end - p - 1);
    if (n >= sizeof name) n = sizeof name - 1;
    memcpy(name, p + 1, n);
    name[n] = 0;
    p = end + 1;
    op = strpbrk(name, ":-+=");
    if (op && op > name) {
      *pp = p;
      return parameter_default(name, op);
    }
    if (n == 1 && name[0] == '?') value = number(sh.last_status);
    else if (n == 1 && name[0] == '$') value = number((int)sh.pid);
    else if (n == 1 && name[0] >= '1' && name[0] <= '9')
      value = name[0] - '1' < sh.nargs ? sh.args[name[0] - '1'] : "";
    else value = var_get(name);
  } else if (is_name(p, 1)) {
    while (is_name(p, n + 1) && n + 1 < sizeof name) n++;
    memcpy(name, p, n);
    name[n] = 0;
    p += n;
    value = var_get(name);
  } else {
    return NULL;
  }
  *pp = p;
  return value ? value : "";
}

/* $(command): run it in a forked copy of the shell with stdout on a pipe;
 * the output, less its trailing newlines, is the value. */
static const char *command_output(const char *start, const char *end) {
  char *out = NULL;
  size_t len = 0, cap = 0;
  int fds[2], raw;
  pid_t pid;
  fflush(NULL);
  if (pipe(fds) < 0) return "";
  pid = fork();
  if (pid == 0) {
    /* The text is in the arena, which run_text empties: copy it first. */
    char *text = strndup(start, (size_t)(end - start));
    close(fds[0]);
    if (fds[1] != 1) {
      dup2(fds[1], 1);
      close(fds[1]);
    }
    sh.interactive = 0;
    shell_exit(run_text(text));
  }
  close(fds[1]);
  for (;;) {
    ssize_t n;
    if (len + 512 > cap) {
      cap = cap ? cap * 2 : 1024;
      out = realloc(out, cap);
    }
    n = read(fds[0], out + len, cap - len - 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    len += (size_t)n;
  }
  close(fds[0]);
  if (pid > 0) {
    while (waitpid(pid, &raw, 0) < 0 && errno == EINTR) continue;
    sh.last_status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  }
  while (len > 0 && out[len - 1] == '\n') len--;
  {
    char *value = arena_strndup(out ? out : "", len);
    free(out);
    return value;
  }
}

/* $((expression)): the text inside is expanded ($x, $(cmd)) first. */
static const char *arithmetic(const char *start, const char *end) {
  int error;
  char *text = expand_word_single(arena_strndup(start, (size_t)(end - start)));
  long value = arith_eval(text, &error);
  char *out = arena_alloc(24);
  if (error) {
    fprintf(stderr, "sh: arithmetic syntax error: %s\n", text);
    sh.last_status = 2;
  }
  snprintf(out, 24, "%ld", value);
  return out;
}

/* `command`, the old form of $(command): inside, a backslash quotes only
 * $, ` and \. Returns the character after the closing quote. */
static const char *backquote(struct builder *b, const char *p, int quoted) {
  const char *q = p + 1;
  char *text = arena_alloc(strlen(p) + 1), *t = text;
  for (; *q && *q != '`'; q++) {
    if (*q == '\\' && q[1] && strchr("$`\\", q[1])) q++;
    *t++ = *q;
  }
  *t = 0;
  put_expansion(b, command_output(text, t), quoted);
  if (quoted) b->started = 1;
  return *q ? q + 1 : q;
}

static void expand_dollar(struct builder *b, const char **pp, int quoted) {
  const char *value;
  (*pp)++;  /* the '$' */
  if ((*pp)[0] == '(' && (*pp)[1] == '(') {
    const char *end = scan_command_subst(*pp + 1);
    if (end && end - *pp >= 4 && end[-2] == ')') {
      put_expansion(b, arithmetic(*pp + 2, end - 2), quoted);
      *pp = end;
      return;
    }
  }
  if (**pp == '(') {
    const char *end = scan_command_subst(*pp + 1);
    if (end) {
      put_expansion(b, command_output(*pp + 1, end - 1), quoted);
      if (quoted) b->started = 1;
      *pp = end;
      return;
    }
  }
  if (**pp == '@' || **pp == '*') {
    int i;
    (*pp)++;
    for (i = 0; i < sh.nargs; i++) {
      if (i > 0) {
        if (quoted) end_field(b);
        else put_expansion(b, " ", 0);
      }
      put_expansion(b, sh.args[i], quoted);
    }
    return;
  }
  value = parameter(pp);
  if (!value) put(b, '$', quoted);
  else put_expansion(b, value, quoted);
}

/* Expands one raw word into b's fields. */
static void expand_into(struct builder *b, const char *p) {
  if (p[0] == '~' && (p[1] == '/' || p[1] == 0) && var_get("HOME")) {
    put_expansion(b, var_get("HOME"), 1);
    p++;
  }
  while (*p) {
    if (*p == '\'') {
      b->started = 1;
      for (p++; *p && *p != '\''; p++) put(b, *p, 1);
      if (*p) p++;
    } else if (*p == '"') {
      b->started = 1;
      for (p++; *p && *p != '"';) {
        if (*p == '\\' && p[1] && strchr("$`\"\\\n", p[1])) {
          if (p[1] != '\n') put(b, p[1], 1);
          p += 2;
        } else if (*p == '$') {
          expand_dollar(b, &p, 1);
        } else if (*p == '`') {
          p = backquote(b, p, 1);
        } else {
          put(b, *p++, 1);
        }
      }
      if (*p) p++;
    } else if (*p == '\\') {
      if (p[1] && p[1] != '\n') put(b, p[1], 1);
      p += p[1] ? 2 : 1;
    } else if (*p == '$') {
      expand_dollar(b, &p, 0);
    } else if (*p == '`') {
      p = backquote(b, p, 0);
    } else {
      put(b, *p++, 0);
    }
  }
  end_field(b);
}

char **expand_words(char **words, int n, int *count) {
  struct builder b;
  int i;
  memset(&b, 0, sizeof b);
  b.split = 1;
  for (i = 0; i < n; i++) expand_into(&b, words[i]);
  free(b.s);
  free(b.quoted);
  add_field(&b, "", 0);  /* makes room for the terminator */
  b.fields[--b.nfields] = NULL;
  *count = b.nfields;
  return b.fields;
}

char *expand_word_single(const char *word) {
  struct builder b;
  memset(&b, 0, sizeof b);
  expand_into(&b, word);
  free(b.s);
  free(b.quoted);
  return b.nfields ? b.fields[0] : arena_strndup("", 0);
}
