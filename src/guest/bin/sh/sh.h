/* The shell's pieces, shared by sh.c (input), sh/parse.c (words and
 * grammar), sh/expand.c (variables and $-expansion), sh/exec.c (fork,
 * exec, wait, redirections, builtins, jobs) and sh/builtin.c (ulimit,
 * test). sh.c includes the others: the build makes one program of one file.
 *
 * The grammar is the part of POSIX sh a textbook shell needs:
 *
 *   program   = { list NEWLINE }
 *   list      = and_or { (';' | '&') and_or } [';' | '&']
 *   and_or    = pipeline { ('&&' | '||') {NEWLINE} pipeline }
 *   pipeline  = ['time'] ['!'] command { '|' {NEWLINE} command }
 *   command   = { WORD | redirection }
 *             | compound { redirection }
 *   compound  = '(' clist ')' | '{' clist '}'
 *             | 'if' clist 'then' clist { 'elif' clist 'then' clist } ['else' clist] 'fi'
 *             | ('while' | 'until') clist 'do' clist 'done'
 *             | 'for' NAME ['in' {WORD}] (';' | NEWLINE) 'do' clist 'done'
 *   clist     = like list, but newlines separate too; it ends at the
 *               reserved word (or ')') that closes it
 *   redirection = [N] ('<' | '>' | '>>' | '>&' | '<&') WORD
 *
 * Words keep their quotes until they are expanded, just before the command
 * runs, so `false; echo $?` sees the status of `false`. */
#ifndef FORKLAB_SH_H
#define FORKLAB_SH_H

#include <stddef.h>
#include <sys/types.h>

/* Parse nodes live in an arena that is emptied after each complete
 * command, so a long interactive session does not grow. */
void *arena_alloc(size_t n);
/* A loop releases what each pass allocated, so `while true` runs forever
 * in bounded memory. */
struct arena_mark {
  void *chunk;
  size_t used;
};
struct arena_mark arena_mark(void);
void arena_release(struct arena_mark mark);
char *arena_strndup(const char *s, size_t n);
void arena_reset(void);

enum redir_kind { R_IN, R_OUT, R_APPEND, R_DUP_OUT, R_DUP_IN };

struct redir {
  int fd;              /* the descriptor being redirected */
  enum redir_kind kind;
  char *word;          /* file name or, for R_DUP_*, the source fd or "-" */
};

struct list;
enum command_kind { CMD_SIMPLE, CMD_GROUP, CMD_SUBSHELL, CMD_IF, CMD_WHILE, CMD_UNTIL, CMD_FOR };

struct command {
  enum command_kind kind;
  char **words;        /* raw words, quotes still in; for CMD_FOR the list after "in" */
  int nwords;
  struct redir *redirs;
  int nredirs;
  struct list *body;   /* { list; } ( list ), a loop's body, an if's then-part */
  struct list *cond;   /* the condition of if, while and until */
  struct list *otherwise;  /* an if's else-part (an elif is an if inside it) */
  char *var;           /* for NAME */
  int has_in;          /* for NAME in ...: without "in" it loops over "$@" */
};

struct pipeline {
  struct command *cmds;
  int ncmds;
  int negate;          /* leading '!' */
  int timed;           /* leading "time": report real, user and sys time */
};

struct and_or {
  struct pipeline *pipes;
  int *ops;            /* ops[i] joins pipes[i] and pipes[i+1]: T_AND or T_OR */
  int npipes;
  int background;      /* ended by '&' */
  const char *text;    /* the source text, for job messages */
};

struct list {
  struct and_or *items;
  int nitems;
};

/* Token kinds (sh/parse.c). */
enum token_kind {
  T_WORD, T_PIPE, T_AND, T_OR, T_SEMI, T_AMP, T_NEWLINE, T_REDIR, T_BANG, T_LPAREN, T_RPAREN, T_EOF
};

enum parse_result { PARSE_OK, PARSE_EMPTY, PARSE_INCOMPLETE, PARSE_ERROR, PARSE_END };

/* Parses the next complete command of *src (up to a newline at top level)
 * into *out and advances *src past it. PARSE_INCOMPLETE means the text ends
 * inside a quote or after an operator such as '|' or '&&': the caller may
 * read another line and try again. */
enum parse_result parse_next(const char **src, struct list *out);
const char *scan_command_subst(const char *p);  /* p just after "$(" */
int run_text(const char *text);                 /* sh.c */

/* Variables (sh/expand.c). */
const char *var_get(const char *name);
void var_set(const char *name, const char *value, int exported);
void var_unset(const char *name);
void var_export(const char *name);
void var_import_environ(void);
char **var_environ(void);    /* exported variables, "NAME=value", malloc'd */
void var_print_exported(void);
void var_print_all(void);       /* `set` without operands */
int is_name(const char *s, size_t n);

/* The shell's state that $-expansion reads. */
struct shell {
  int last_status;           /* $? */
  pid_t last_bg;             /* $! (0: none yet) */
  pid_t pid;                 /* $$: the shell's pid, also in its subshells */
  int interactive;
  int job_control;           /* interactive on a terminal: a process group per job */
  pid_t pgid;                /* the shell's own process group (job control) */
  char *name;                /* $0 */
  char **args;               /* $1 ... */
  int nargs;
};
extern struct shell sh;

/* Expands raw words into fields (quote removal, $-expansion, field
 * splitting of unquoted expansions, pathname globbing); the result is a
 * NULL-terminated arena array. */
char **expand_words(char **words, int n, int *count);
char *expand_word_single(const char *word);  /* no splitting (redirection targets) */

/* $((...)) (sh/arith.c): the value of an expanded expression. */
long arith_eval(const char *text, int *error);

/* Builtins without job state (sh/builtin.c). */
int builtin_ulimit(int argc, char **argv);
int builtin_test(int argc, char **argv);
int builtin_set(int argc, char **argv);

/* Execution (sh/exec.c). */
int run_list(struct list *l);
void reap_jobs(int report);
void start_job_control(void);
void shell_exit(int status);

#endif
