/* sh: the arena, the lexer and the recursive-descent parser (grammar in
 * sh.h). Nothing here runs anything: the parser only builds a struct list
 * whose words still carry their quotes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sh.h"

/* ---- arena ---- */

struct chunk {
  struct chunk *next;
  size_t used, size;
  /* the bytes follow */
};
static struct chunk *chunks;

void *arena_alloc(size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (!chunks || chunks->used + n > chunks->size) {
    size_t size = n > 8192 ? n : 8192;
    struct chunk *c = malloc(sizeof(struct chunk) + size);
    if (!c) {
      fputs("sh: out of memory\n", stderr);
      exit(2);
    }
    c->next = chunks;
    c->used = 0;
    c->size = size;
    chunks = c;
  }
  {
    char *p = (char *)(chunks + 1) + chunks->used;
    chunks->used += n;
    memset(p, 0, n);
    return p;
  }
}

char *arena_strndup(const char *s, size_t n) {
  char *p = arena_alloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

struct arena_mark arena_mark(void) {
  struct arena_mark m;
  m.chunk = chunks;
  m.used = chunks ? chunks->used : 0;
  return m;
}

void arena_release(struct arena_mark m) {
  while (chunks && chunks != m.chunk) {
    struct chunk *next = chunks->next;
    free(chunks);
    chunks = next;
  }
  if (chunks) chunks->used = m.used;
}

void arena_reset(void) {
  while (chunks) {
    struct chunk *next = chunks->next;
    free(chunks);
    chunks = next;
  }
}

/* A growable array of fixed-size elements in the arena. */
static void *grow(void *array, int count, size_t elem) {
  /* Arrays double at powers of two; copy into a fresh arena block then. */
  if (count == 0 || (count & (count - 1)) == 0) {
    void *bigger = arena_alloc(elem * (count ? count * 2 : 1));
    if (count) memcpy(bigger, array, elem * count);
    return bigger;
  }
  return array;
}

/* ---- lexer ---- */

struct token {
  enum token_kind kind;
  const char *start;   /* source text of the token */
  size_t len;
  int fd;              /* T_REDIR: the redirected descriptor */
  enum redir_kind redir;
};

struct parser {
  const char *p;       /* next unread character */
  struct token tok;    /* the lookahead */
  int incomplete;      /* ran out of text inside a construct */
  int error;
};

static int is_meta(char c) {
  return c == 0 || strchr(" \t\n;&|<>()", c) != NULL;
}

/* After "$(": finds the matching ')', skipping quoted text and nested
 * parentheses. Returns the character after it, or NULL if there is none. */
static const char *scan_quoted(const char *p, char quote);

const char *scan_command_subst(const char *p) {
  int depth = 1;
  while (*p) {
    char c = *p++;
    if (c == '\\' && *p) {
      p++;
    } else if (c == '\'' || c == '"') {
      p = scan_quoted(p, c);
      if (!p) return NULL;
    } else if (c == '(') {
      depth++;
    } else if (c == ')' && --depth == 0) {
      return p;
    }
  }
  return NULL;
}

/* After an opening quote: the character after the closing one, or NULL.
 * Inside "...", backslash escapes and a $(...) may hold quotes of its own. */
static const char *scan_quoted(const char *p, char quote) {
  if (quote == '\'') {
    p = strchr(p, '\'');
    return p ? p + 1 : NULL;
  }
  if (quote == '`') {  /* `command`: a backslash quotes the next character */
    while (*p && *p != '`') p += (*p == '\\' && p[1]) ? 2 : 1;
    return *p ? p + 1 : NULL;
  }
  while (*p && *p != '"') {
    if (*p == '`') {
      p = scan_quoted(p + 1, '`');
      if (!p) return NULL;
    } else if (p[0] == '$' && p[1] == '(') {
      p = scan_command_subst(p + 2);
      if (!p) return NULL;
    } else {
      p += (*p == '\\' && p[1]) ? 2 : 1;
    }
  }
  return *p ? p + 1 : NULL;
}

/* Scans a word's extent, honouring quotes and backslashes. Returns the
 * character after it, or NULL if a quote is left open. */
static const char *scan_word(const char *p) {
  while (!is_meta(*p)) {
    char c = *p++;
    if (c == '\\') {
      if (!*p) return NULL;
      p++;
    } else if (c == '\'' || c == '"' || c == '`') {
      p = scan_quoted(p, c);
      if (!p) return NULL;
    } else if (c == '$' && *p == '(') {
      p = scan_command_subst(p + 1);
      if (!p) return NULL;
    } else if (c == '$' && *p == '{') {
      p = strchr(p, '}');
      if (!p) return NULL;
      p++;
    }
  }
  return p;
}

/* Reads a redirection operator at p (after an optional fd number). */
static const char *scan_redir(const char *p, struct token *t) {
  if (*p == '<') {
    t->fd = t->fd < 0 ? 0 : t->fd;
    if (p[1] == '&') {
      t->redir = R_DUP_IN;
      return p + 2;
    }
    t->redir = R_IN;
    return p + 1;
  }
  t->fd = t->fd < 0 ? 1 : t->fd;
  if (p[1] == '>') {
    t->redir = R_APPEND;
    return p + 2;
  }
  if (p[1] == '&') {
    t->redir = R_DUP_OUT;
    return p + 2;
  }
  t->redir = R_OUT;
  return p + 1;
}

static void skip_blanks(struct parser *ps) {
  for (;;) {
    const char *p = ps->p;
    if (*p == ' ' || *p == '\t') {
      ps->p++;
    } else if (p[0] == '\\' && p[1] == '\n') {
      ps->p += 2;
    } else if (*p == '#') {
      while (*ps->p && *ps->p != '\n') ps->p++;
    } else {
      return;
    }
  }
}

static void next_token(struct parser *ps) {
  struct token *t = &ps->tok;
  const char *p;
  skip_blanks(ps);
  p = ps->p;
  t->start = p;
  t->fd = -1;
  if (!*p) {
    t->kind = T_EOF;
  } else if (*p == '\n') {
    t->kind = T_NEWLINE, p++;
  } else if (*p == '|') {
    t->kind = p[1] == '|' ? T_OR : T_PIPE;
    p += t->kind == T_OR ? 2 : 1;
  } else if (*p == '&') {
    t->kind = p[1] == '&' ? T_AND : T_AMP;
    p += t->kind == T_AND ? 2 : 1;
  } else if (*p == ';') {
    t->kind = T_SEMI, p++;
  } else if (*p == '<' || *p == '>') {
    t->kind = T_REDIR;
    p = scan_redir(p, t);
  } else if (*p == '(' || *p == ')') {
    t->kind = *p++ == '(' ? T_LPAREN : T_RPAREN;
  } else if (*p == '!' && is_meta(p[1])) {
    t->kind = T_BANG, p++;
  } else {
    const char *end = scan_word(p);
    const char *q = p;
    if (!end) {
      ps->incomplete = 1;
      t->kind = T_EOF;
      ps->p = p + strlen(p);
      return;
    }
    while (q < end && *q >= '0' && *q <= '9') q++;
    if (q == end && (*end == '<' || *end == '>')) {
      t->kind = T_REDIR;  /* "2>": an io number */
      t->fd = atoi(p);
      p = scan_redir(end, t);
    } else {
      t->kind = T_WORD;
      p = end;
    }
  }
  t->len = (size_t)(p - t->start);
  ps->p = p;
}

/* ---- parser ---- */

static const char *token_name(const struct token *t) {
  switch (t->kind) {
    case T_EOF: return "end of file";
    case T_NEWLINE: return "newline";
    default: return arena_strndup(t->start, t->len);
  }
}

static void syntax_error(struct parser *ps) {
  if (ps->error || ps->incomplete) return;
  if (ps->tok.kind == T_EOF) {
    ps->incomplete = 1;  /* e.g. "a |" at the end: more text may follow */
    return;
  }
  ps->error = 1;
  fprintf(stderr, "sh: syntax error near unexpected token `%s'\n", token_name(&ps->tok));
}

static void skip_newlines(struct parser *ps) {
  while (ps->tok.kind == T_NEWLINE) next_token(ps);
}

static int parse_and_or(struct parser *ps, struct and_or *ao);

static int is_word(const struct parser *ps, const char *word) {
  return ps->tok.kind == T_WORD && ps->tok.len == strlen(word) &&
         strncmp(ps->tok.start, word, ps->tok.len) == 0;
}

/* Does the lookahead close a compound list? enders is ")" or reserved
 * words separated by spaces, e.g. "elif else fi". */
static int at_closer(const struct parser *ps, const char *enders) {
  char word[8];
  if (enders[0] == ')') return ps->tok.kind == T_RPAREN;
  while (*enders) {
    size_t n = strcspn(enders, " ");
    memcpy(word, enders, n);
    word[n] = 0;
    if (is_word(ps, word)) return 1;
    enders += n + (enders[n] == ' ');
  }
  return 0;
}

/* Consumes the reserved word that must come next. */
static int expect(struct parser *ps, const char *word) {
  if (!is_word(ps, word)) {
    syntax_error(ps);
    return 0;
  }
  next_token(ps);
  return 1;
}

/* A clist: and-or lists separated by ';', '&' or newlines, up to the
 * closing token (which is left for the caller). */
static int parse_compound_list(struct parser *ps, struct list *l, const char *enders) {
  memset(l, 0, sizeof *l);
  skip_newlines(ps);
  while (!at_closer(ps, enders)) {
    struct and_or *ao;
    l->items = grow(l->items, l->nitems, sizeof(struct and_or));
    ao = &l->items[l->nitems++];
    if (!parse_and_or(ps, ao)) return 0;
    if (ps->tok.kind == T_AMP || ps->tok.kind == T_SEMI || ps->tok.kind == T_NEWLINE) {
      ao->background = ps->tok.kind == T_AMP;
      next_token(ps);
    } else if (!at_closer(ps, enders)) {
      syntax_error(ps);
      return 0;
    }
    skip_newlines(ps);
  }
  if (l->nitems == 0) {
    syntax_error(ps);
    return 0;
  }
  return 1;
}

static struct list *new_list(void) { return arena_alloc(sizeof(struct list)); }

/* if clist then clist { elif clist then clist } [else clist] fi
 * (after the "if"); an elif becomes an if inside the else-part. */
static int parse_if(struct parser *ps, struct command *c) {
  c->kind = CMD_IF;
  c->cond = new_list();
  c->body = new_list();
  if (!parse_compound_list(ps, c->cond, "then") || !expect(ps, "then")) return 0;
  if (!parse_compound_list(ps, c->body, "elif else fi")) return 0;
  if (is_word(ps, "elif")) {
    struct and_or *ao = arena_alloc(sizeof(struct and_or));
    next_token(ps);
    c->otherwise = new_list();
    c->otherwise->items = ao;
    c->otherwise->nitems = 1;
    ao->pipes = arena_alloc(sizeof(struct pipeline));
    ao->ops = arena_alloc(sizeof(int));
    ao->npipes = 1;
    ao->text = "elif";
    ao->pipes[0].cmds = arena_alloc(sizeof(struct command));
    ao->pipes[0].ncmds = 1;
    return parse_if(ps, &ao->pipes[0].cmds[0]);  /* it takes the "fi" */
  }
  if (is_word(ps, "else")) {
    next_token(ps);
    c->otherwise = new_list();
    if (!parse_compound_list(ps, c->otherwise, "fi")) return 0;
  }
  return expect(ps, "fi");
}

/* for NAME [in WORD...] ; do clist done (after the "for") */
static int parse_for(struct parser *ps, struct command *c) {
  c->kind = CMD_FOR;
  if (ps->tok.kind != T_WORD || !is_name(ps->tok.start, ps->tok.len)) {
    syntax_error(ps);
    return 0;
  }
  c->var = arena_strndup(ps->tok.start, ps->tok.len);
  next_token(ps);
  skip_newlines(ps);
  if (is_word(ps, "in")) {
    c->has_in = 1;
    next_token(ps);
    while (ps->tok.kind == T_WORD) {
      c->words = grow(c->words, c->nwords, sizeof(char *));
      c->words[c->nwords++] = arena_strndup(ps->tok.start, ps->tok.len);
      next_token(ps);
    }
  }
  if (ps->tok.kind == T_SEMI) next_token(ps);
  skip_newlines(ps);
  c->body = new_list();
  return expect(ps, "do") && parse_compound_list(ps, c->body, "done") && expect(ps, "done");
}

/* compound = ( clist ) | { clist } | if ... fi | while/until ... done | for ... done */
static int parse_compound(struct parser *ps, struct command *c) {
  if (ps->tok.kind == T_LPAREN || is_word(ps, "{")) {
    int paren = ps->tok.kind == T_LPAREN;
    c->kind = paren ? CMD_SUBSHELL : CMD_GROUP;
    c->body = new_list();
    next_token(ps);
    if (!parse_compound_list(ps, c->body, paren ? ")" : "}")) return 0;
    next_token(ps);  /* the ')' or '}' */
    return 1;
  }
  if (is_word(ps, "if")) {
    next_token(ps);
    return parse_if(ps, c);
  }
  if (is_word(ps, "for")) {
    next_token(ps);
    return parse_for(ps, c);
  }
  c->kind = is_word(ps, "while") ? CMD_WHILE : CMD_UNTIL;
  next_token(ps);
  c->cond = new_list();
  c->body = new_list();
  return parse_compound_list(ps, c->cond, "do") && expect(ps, "do") &&
         parse_compound_list(ps, c->body, "done") && expect(ps, "done");
}

static int at_compound(const struct parser *ps) {
  return ps->tok.kind == T_LPAREN || is_word(ps, "{") || is_word(ps, "if") || is_word(ps, "for") ||
         is_word(ps, "while") || is_word(ps, "until");
}

/* command = { WORD | redirection } | compound { redirection } */
static int parse_command(struct parser *ps, struct command *c) {
  memset(c, 0, sizeof *c);
  if (at_compound(ps) && !parse_compound(ps, c)) return 0;
  for (;;) {
    /* '!' is reserved only before a pipeline: `[ ! -e x ]` has it as a word */
    if ((ps->tok.kind == T_WORD || ps->tok.kind == T_BANG) && c->kind == CMD_SIMPLE) {
      c->words = grow(c->words, c->nwords, sizeof(char *));
      c->words[c->nwords++] = arena_strndup(ps->tok.start, ps->tok.len);
      next_token(ps);
    } else if (ps->tok.kind == T_REDIR) {
      struct redir *r;
      c->redirs = grow(c->redirs, c->nredirs, sizeof(struct redir));
      r = &c->redirs[c->nredirs++];
      r->fd = ps->tok.fd;
      r->kind = ps->tok.redir;
      next_token(ps);
      if (ps->tok.kind != T_WORD) {
        syntax_error(ps);
        return 0;
      }
      r->word = arena_strndup(ps->tok.start, ps->tok.len);
      next_token(ps);
    } else {
      break;
    }
  }
  if (c->kind == CMD_SIMPLE && c->nwords == 0 && c->nredirs == 0) {
    syntax_error(ps);
    return 0;
  }
  return 1;
}

/* pipeline = ['time'] ['!'] command { '|' {NEWLINE} command } */
static int parse_pipeline(struct parser *ps, struct pipeline *pl) {
  memset(pl, 0, sizeof *pl);
  if (ps->tok.kind == T_WORD && ps->tok.len == 4 && strncmp(ps->tok.start, "time", 4) == 0) {
    pl->timed = 1;  /* a reserved word, like bash's: it times the whole pipeline */
    next_token(ps);
  }
  if (ps->tok.kind == T_BANG) {
    pl->negate = 1;
    next_token(ps);
  }
  for (;;) {
    pl->cmds = grow(pl->cmds, pl->ncmds, sizeof(struct command));
    if (!parse_command(ps, &pl->cmds[pl->ncmds++])) return 0;
    if (ps->tok.kind != T_PIPE) return 1;
    next_token(ps);
    skip_newlines(ps);
  }
}

/* and_or = pipeline { ('&&' | '||') {NEWLINE} pipeline } */
static int parse_and_or(struct parser *ps, struct and_or *ao) {
  const char *start = ps->tok.start;
  memset(ao, 0, sizeof *ao);
  for (;;) {
    const char *end;
    ao->pipes = grow(ao->pipes, ao->npipes, sizeof(struct pipeline));
    ao->ops = grow(ao->ops, ao->npipes, sizeof(int));
    if (!parse_pipeline(ps, &ao->pipes[ao->npipes++])) return 0;
    end = ps->tok.start;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t')) end--;
    ao->text = arena_strndup(start, (size_t)(end - start));
    if (ps->tok.kind != T_AND && ps->tok.kind != T_OR) return 1;
    ao->ops[ao->npipes - 1] = ps->tok.kind;
    next_token(ps);
    skip_newlines(ps);
  }
}

/* list = and_or { (';' | '&') and_or } [';' | '&'], up to NEWLINE or EOF */
static int parse_list(struct parser *ps, struct list *l) {
  memset(l, 0, sizeof *l);
  while (ps->tok.kind != T_NEWLINE && ps->tok.kind != T_EOF) {
    struct and_or *ao;
    l->items = grow(l->items, l->nitems, sizeof(struct and_or));
    ao = &l->items[l->nitems++];
    if (!parse_and_or(ps, ao)) return 0;
    if (ps->tok.kind == T_AMP || ps->tok.kind == T_SEMI) {
      ao->background = ps->tok.kind == T_AMP;
      next_token(ps);
    } else if (ps->tok.kind != T_NEWLINE && ps->tok.kind != T_EOF) {
      syntax_error(ps);
      return 0;
    }
  }
  return 1;
}

enum parse_result parse_next(const char **src, struct list *out) {
  struct parser ps;
  memset(&ps, 0, sizeof ps);
  ps.p = *src;
  next_token(&ps);
  skip_newlines(&ps);
  if (ps.tok.kind == T_EOF && !ps.incomplete && !ps.error) {
    *src = ps.p;
    return PARSE_END;
  }
  if (!parse_list(&ps, out) || ps.incomplete || ps.error) {
    if (ps.incomplete && !ps.error) return PARSE_INCOMPLETE;
    /* Skip the bad line so that the next command can still run. */
    while (*ps.p && *ps.p != '\n') ps.p++;
    *src = ps.p;
    return PARSE_ERROR;
  }
  *src = ps.p;  /* just after the newline (or at the end) */
  return out->nitems ? PARSE_OK : PARSE_EMPTY;
}
