/* sh: running commands the way a textbook shell does -- fork, then in the
 * child set up the descriptors and execve, and in the parent waitpid --
 * plus pipelines, redirections, background jobs and the builtins that must
 * run inside the shell itself (cd, exit, wait, export, exec, ...). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sh.h"

/* ---- jobs ---- */

/* A job: the processes of one pipeline. Background jobs (and, under job
 * control, stopped ones) stay in the table until they are reported
 * (interactive) or waited for, so `wait $!` still finds the status of a job
 * that ended a while ago.
 *
 * Job control (an interactive shell on a terminal, as bash's "monitor"
 * mode): each job runs in its own process group, and the terminal's
 * foreground group is the job the shell waits for, so ^C and ^Z reach that
 * job and not the shell; fg and bg move a job to the foreground or let it
 * run on in the background. */
struct job {
  int id;              /* the N of [N] */
  pid_t pgid;          /* its process group under job control, else 0 */
  pid_t pids[16];      /* negative once reaped */
  char stopped[16];    /* pids[k] is stopped */
  int npids, alive;    /* alive: not reaped yet */
  int nstopped;        /* how many of the alive ones are stopped */
  int stop_reported;   /* "[N]+  Stopped" was printed */
  int foreground;      /* the shell is waiting for it */
  unsigned seq;        /* when it last started or stopped: the newest is the current job */
  int status;          /* of the last process, as $? would show it */
  int done_status;     /* raw wait status of the last process */
  char *text;
};
#define MAX_JOBS 64
static struct job jobs[MAX_JOBS];
static int njobs;
static unsigned job_seq;

static int status_of(int raw) {
  if (WIFEXITED(raw)) return WEXITSTATUS(raw);
  if (WIFSIGNALED(raw)) return 128 + WTERMSIG(raw);
  if (WIFSTOPPED(raw)) return 128 + WSTOPSIG(raw);
  return 0;
}

static struct job *add_job(const char *text) {
  struct job *j;
  int i, id = 0;
  if (njobs == MAX_JOBS) {  /* forget the oldest finished job */
    for (i = 0; i < njobs && jobs[i].alive; i++) continue;
    if (i == njobs) i = 0;
    free(jobs[i].text);
    memmove(&jobs[i], &jobs[i + 1], sizeof(struct job) * (njobs - i - 1));
    njobs--;
  }
  for (i = 0; i < njobs; i++)
    if (jobs[i].id > id) id = jobs[i].id;
  j = &jobs[njobs++];
  memset(j, 0, sizeof *j);
  j->id = id + 1;
  j->seq = ++job_seq;
  j->text = strdup(text);
  return j;
}

static void remove_job(int i) {
  free(jobs[i].text);
  memmove(&jobs[i], &jobs[i + 1], sizeof(struct job) * (njobs - i - 1));
  njobs--;
}

/* bash's marks: '+' the current job (the newest started or stopped), '-'
 * the one before it. */
static char job_mark(const struct job *j) {
  int i, newer = 0;
  for (i = 0; i < njobs; i++)
    if (!jobs[i].foreground && jobs[i].seq > j->seq) newer++;
  return newer == 0 ? '+' : newer == 1 ? '-' : ' ';
}

/* Records what waitpid said about pid (ended, stopped or continued);
 * returns its job or NULL. */
static struct job *job_process_changed(pid_t pid, int raw) {
  int i, k;
  for (i = 0; i < njobs; i++) {
    struct job *j = &jobs[i];
    for (k = 0; k < j->npids; k++) {
      if (j->pids[k] != pid) continue;
      if (WIFSTOPPED(raw) || WIFCONTINUED(raw)) {
        int now = WIFSTOPPED(raw);
        j->nstopped += now - j->stopped[k];
        j->stopped[k] = (char)now;
        if (now) {
          j->stop_reported = 0;
          j->seq = ++job_seq;
        }
        return j;
      }
      if (j->stopped[k]) j->nstopped--;
      j->stopped[k] = 0;
      j->pids[k] = -pid;  /* negative: reaped */
      j->alive--;
      if (k == j->npids - 1) {
        j->status = status_of(raw);
        j->done_status = raw;
      }
      return j;
    }
  }
  return NULL;
}

static struct job *job_process_ended(pid_t pid, int raw) { return job_process_changed(pid, raw); }

static int job_is_stopped(const struct job *j) { return j->alive > 0 && j->nstopped == j->alive; }

static void describe_status(int raw, char *out, size_t n) {
  if (WIFEXITED(raw) && WEXITSTATUS(raw) == 0) snprintf(out, n, "Done");
  else if (WIFEXITED(raw)) snprintf(out, n, "Exit %d", WEXITSTATUS(raw));
  else snprintf(out, n, "%s", strsignal(WTERMSIG(raw)));
}

/* One line of `jobs` (and of the reports at the prompt), as bash writes it. */
static void print_job(FILE *f, const struct job *j) {
  char what[64] = "Running";
  if (!j->alive) describe_status(j->done_status, what, sizeof what);
  else if (job_is_stopped(j)) snprintf(what, sizeof what, "Stopped");
  fprintf(f, "[%d]%c  %-24s%s%s\n", j->id, job_mark(j), what, j->text,
          j->alive && !job_is_stopped(j) ? " &" : "");
}

/* Collects finished (and, under job control, stopped or continued)
 * background processes without blocking (waitpid with WNOHANG on each of
 * our jobs' pids only). With report, prints bash's "[1]+  Done   cmd" line
 * and forgets the job, and "[1]+  Stopped  cmd" for a job that stopped. */
void reap_jobs(int report) {
  int i, k;
  int options = WNOHANG | WUNTRACED | WCONTINUED;
  for (i = 0; i < njobs; i++) {
    for (k = 0; k < jobs[i].npids; k++) {
      int raw;
      pid_t pid = jobs[i].pids[k];
      if (pid > 0 && waitpid(pid, &raw, options) == pid) job_process_changed(pid, raw);
    }
  }
  if (!report) return;
  for (i = 0; i < njobs;) {
    if (jobs[i].alive == 0) {
      print_job(stderr, &jobs[i]);
      remove_job(i);
      continue;
    }
    if (job_is_stopped(&jobs[i]) && !jobs[i].stop_reported) {
      print_job(stderr, &jobs[i]);
      jobs[i].stop_reported = 1;
    }
    i++;
  }
}

/* ---- job control ---- */

static pid_t fork_child(void);
static int wait_foreground(pid_t *pids, int n);
static const char *foreground_text = "";  /* the command line a foreground job runs */

/* Makes the shell a job-control shell if stdin is its terminal: it waits
 * until it is in the foreground (as bash does), takes a process group of
 * its own and ignores the signals that stop jobs. */
void start_job_control(void) {
  pid_t pgid;
  if (tcgetpgrp(0) < 0) return;  /* not a terminal */
  while (tcgetpgrp(0) != (pgid = getpgrp())) kill(-pgid, SIGTTIN);
  signal(SIGTSTP, SIG_IGN);
  signal(SIGTTIN, SIG_IGN);
  signal(SIGTTOU, SIG_IGN);
  if (getsid(0) != getpid()) setpgid(0, 0);  /* a session leader already leads its group */
  sh.pgid = getpgrp();
  tcsetpgrp(0, sh.pgid);
  sh.job_control = 1;
}

/* Puts a new child in its job's process group and, for a foreground job,
 * gives that group the terminal. The shell and the child both do it, so
 * it is done before either goes on, whichever runs first. */
static void join_job(pid_t pid, pid_t *pgid, int foreground) {
  if (!sh.job_control) return;
  if (*pgid == 0) *pgid = pid;
  setpgid(pid, *pgid);
  if (foreground) tcsetpgrp(0, *pgid);
}

/* Waits for a job in the foreground until each of its processes ended or
 * the job stopped (^Z), then takes the terminal back. Returns $?. */
static int wait_job(struct job *j) {
  int status;
  j->foreground = 1;
  while (j->alive > j->nstopped) {
    int raw;
    pid_t r = waitpid(-j->pgid, &raw, WUNTRACED);
    if (r < 0) {
      if (errno == EINTR) continue;
      break;
    }
    job_process_changed(r, raw);
  }
  j->foreground = 0;
  tcsetpgrp(0, sh.pgid);
  if (j->alive > 0) {  /* stopped: it stays in the table, fg or bg go on */
    fputc('\n', stderr);
    print_job(stderr, j);
    j->stop_reported = 1;
    return 128 + SIGTSTP;
  }
  status = j->status;
  if (WIFSIGNALED(j->done_status)) {
    int sig = WTERMSIG(j->done_status);
    if (sig == SIGINT) fputc('\n', stderr);  /* after the ^C the terminal echoed */
    else if (sig != SIGPIPE)
      fprintf(stderr, "%s%s\n", strsignal(sig), WCOREDUMP(j->done_status) ? " (core dumped)" : "");
  }
  remove_job((int)(j - jobs));
  return status;
}

/* A foreground job just started under job control: its table entry. */
static struct job *foreground_job(pid_t pgid, pid_t *pids, int n, const char *text) {
  struct job *j = add_job(text);
  j->pgid = pgid;
  memcpy(j->pids, pids, sizeof(pid_t) * n);
  j->npids = j->alive = n;
  return j;
}

/* Waits for one process, retrying when a signal interrupts the wait. */
static int wait_pid(pid_t pid, int *raw) {
  for (;;) {
    pid_t r = waitpid(pid, raw, 0);
    if (r == pid) return 0;
    if (r < 0 && errno != EINTR) return -1;
  }
}

/* Waits for the foreground processes; returns the last one's status. */
static int wait_foreground(pid_t *pids, int n) {
  int i, raw = 0, last = 0;
  for (i = 0; i < n; i++) {
    if (wait_pid(pids[i], &raw) < 0) continue;
    if (i == n - 1) last = raw;
  }
  if (WIFSIGNALED(last) && WTERMSIG(last) != SIGINT && WTERMSIG(last) != SIGPIPE)
    fprintf(stderr, "%s%s\n", strsignal(WTERMSIG(last)), WCOREDUMP(last) ? " (core dumped)" : "");
  return status_of(last);
}

/* ---- redirections ---- */

/* Saved copies of descriptors that a builtin's redirections replace. */
struct saved_fd {
  int fd, copy;        /* copy -1: fd was closed before */
};

static int parse_fd(const char *s) {
  char *end;
  long n = strtol(s, &end, 10);
  return (*s && !*end && n >= 0 && n < 1024) ? (int)n : -1;
}

static int redirect_one(const struct redir *r) {
  char *target = expand_word_single(r->word);
  int fd;
  if (r->kind == R_DUP_OUT || r->kind == R_DUP_IN) {
    int from;
    if (strcmp(target, "-") == 0) {
      close(r->fd);
      return 0;
    }
    from = parse_fd(target);
    if (from < 0 || (from != r->fd && dup2(from, r->fd) < 0)) {
      fprintf(stderr, "sh: %s: %s\n", target, from < 0 ? "bad fd number" : strerror(errno));
      return -1;
    }
    return 0;
  }
  if (r->kind == R_IN) fd = open(target, O_RDONLY);
  else fd = open(target, O_WRONLY | O_CREAT | (r->kind == R_APPEND ? O_APPEND : O_TRUNC), 0666);
  if (fd < 0) {
    fprintf(stderr, "sh: %s: %s\n", target, strerror(errno));
    return -1;
  }
  if (fd != r->fd) {
    dup2(fd, r->fd);
    close(fd);
  }
  return 0;
}

/* Applies c's redirections in order; with saved, first keeps a copy of
 * each descriptor (close-on-exec, above 9) so restore_fds can undo them. */
static int apply_redirs(const struct command *c, struct saved_fd *saved) {
  int i;
  for (i = 0; i < c->nredirs; i++) {
    if (saved) {
      saved[i].fd = c->redirs[i].fd;
      saved[i].copy = fcntl(c->redirs[i].fd, F_DUPFD_CLOEXEC, 10);
    }
    if (redirect_one(&c->redirs[i]) < 0) return -1;
  }
  return 0;
}

static void restore_fds(struct saved_fd *saved, int n) {
  while (n-- > 0) {
    if (saved[n].copy >= 0) {
      dup2(saved[n].copy, saved[n].fd);
      close(saved[n].copy);
    } else {
      close(saved[n].fd);
    }
  }
}

/* ---- exec ---- */

/* execve, and for a file without #! or ELF magic (ENOEXEC) run it as a
 * shell script, as POSIX sh does. */
static void try_exec(const char *path, char **argv, char **env) {
  execve(path, argv, env);
  if (errno == ENOEXEC) {
    int n = 0;
    char **args;
    while (argv[n]) n++;
    args = arena_alloc(sizeof(char *) * (n + 2));
    args[0] = "sh";
    args[1] = (char *)path;
    memcpy(args + 2, argv + 1, sizeof(char *) * n);
    execve("/bin/sh", args, env);
    errno = ENOEXEC;
  }
}

/* Runs argv in this (child) process; never returns. */
static void exec_command(char **argv) {
  char **env = var_environ();
  const char *path = var_get("PATH");
  int saw_eacces = 0;
  fflush(NULL);
  if (strchr(argv[0], '/')) {
    try_exec(argv[0], argv, env);
    fprintf(stderr, "sh: %s: %s\n", argv[0], strerror(errno));
    _exit(errno == ENOENT ? 127 : 126);
  }
  if (!path) path = "/bin";
  for (;;) {
    size_t n = strcspn(path, ":");
    char *full = arena_alloc(n + strlen(argv[0]) + 2);
    if (n == 0) strcpy(full, argv[0]);  /* an empty entry means "." */
    else sprintf(full, "%.*s/%s", (int)n, path, argv[0]);
    try_exec(full, argv, env);
    if (errno == EACCES) saw_eacces = 1;
    else if (errno != ENOENT && errno != ENOTDIR) {
      fprintf(stderr, "sh: %s: %s\n", argv[0], strerror(errno));
      _exit(126);
    }
    if (!path[n]) break;
    path += n + 1;
  }
  if (saw_eacces) {
    fprintf(stderr, "sh: %s: Permission denied\n", argv[0]);
    _exit(126);
  }
  fprintf(stderr, "sh: %s: not found\n", argv[0]);
  _exit(127);
}

/* ---- builtins ---- */

static int builtin_cd(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : var_get("HOME");
  char cwd[512];
  if (!dir) dir = "/";
  if (strcmp(dir, "-") == 0) {
    dir = var_get("OLDPWD");
    if (!dir) {
      fputs("sh: cd: OLDPWD not set\n", stderr);
      return 1;
    }
    puts(dir);
  }
  if (getcwd(cwd, sizeof cwd)) var_set("OLDPWD", cwd, 0);
  if (chdir(dir) != 0) {
    fprintf(stderr, "sh: cd: %s: %s\n", dir, strerror(errno));
    return 1;
  }
  if (getcwd(cwd, sizeof cwd)) var_set("PWD", cwd, 0);
  return 0;
}

static int builtin_pwd(int argc, char **argv) {
  char cwd[512];
  (void)argc, (void)argv;
  if (!getcwd(cwd, sizeof cwd)) {
    fprintf(stderr, "sh: pwd: %s\n", strerror(errno));
    return 1;
  }
  puts(cwd);
  return 0;
}

static int builtin_exit(int argc, char **argv) {
  shell_exit(argc > 1 ? atoi(argv[1]) & 255 : sh.last_status);
  return 0;
}

static int builtin_export(int argc, char **argv) {
  int i;
  if (argc == 1) var_print_exported();
  for (i = 1; i < argc; i++) {
    char *eq = strchr(argv[i], '=');
    if (!is_name(argv[i], eq ? (size_t)(eq - argv[i]) : strlen(argv[i]))) {
      fprintf(stderr, "sh: export: `%s': not a valid identifier\n", argv[i]);
      return 1;
    }
    if (eq) {
      *eq = 0;
      var_set(argv[i], eq + 1, 1);
    } else {
      var_export(argv[i]);
    }
  }
  return 0;
}

static int builtin_unset(int argc, char **argv) {
  int i;
  for (i = 1; i < argc; i++) var_unset(argv[i]);
  return 0;
}

/* wait [PID...]: with no operand wait for every background job. */
static int wait_one_pid(pid_t pid) {
  int i, k, raw;
  for (i = 0; i < njobs; i++) {
    for (k = 0; k < jobs[i].npids; k++) {
      if (jobs[i].pids[k] == -pid) return k == jobs[i].npids - 1 ? jobs[i].status : 0;
      if (jobs[i].pids[k] != pid) continue;
      if (wait_pid(pid, &raw) == 0) job_process_ended(pid, raw);
      return status_of(raw);
    }
  }
  fprintf(stderr, "sh: wait: pid %d is not a child of this shell\n", (int)pid);
  return 127;
}

static int builtin_wait(int argc, char **argv) {
  int i, k, status = 0;
  if (argc > 1) {
    for (i = 1; i < argc; i++) {
      const char *a = argv[i];
      if (a[0] == '%') {  /* %N: job N's last process */
        for (k = 0; k < njobs && jobs[k].id != atoi(a + 1); k++) continue;
        if (k == njobs) {
          fprintf(stderr, "sh: wait: %s: no such job\n", a);
          status = 127;
          continue;
        }
        status = wait_one_pid(abs(jobs[k].pids[jobs[k].npids - 1]));
      } else {
        status = wait_one_pid((pid_t)atoi(a));
      }
    }
    return status;
  }
  for (i = 0; i < njobs; i++) {
    for (k = 0; k < jobs[i].npids; k++) {
      int raw;
      pid_t pid = jobs[i].pids[k];
      if (pid > 0 && wait_pid(pid, &raw) == 0) job_process_ended(pid, raw);
    }
  }
  /* Like bash: waiting for everything forgets the jobs and returns 0. */
  while (njobs) remove_job(njobs - 1);
  return 0;
}

static int builtin_jobs(int argc, char **argv) {
  int i;
  (void)argc, (void)argv;
  reap_jobs(0);
  for (i = 0; i < njobs; i++) {
    print_job(stdout, &jobs[i]);
    if (job_is_stopped(&jobs[i])) jobs[i].stop_reported = 1;
  }
  fflush(stdout);
  reap_jobs(1);
  return 0;
}

/* The job "%N" (or the newest one) names; NULL and a message if none. */
static struct job *find_job(const char *name, const char *who) {
  int i;
  if (!name) {  /* the current job */
    struct job *current = NULL;
    for (i = 0; i < njobs; i++)
      if (!current || jobs[i].seq > current->seq) current = &jobs[i];
    if (current) return current;
  } else {
    int id = atoi(name + (name[0] == '%'));
    for (i = 0; i < njobs; i++)
      if (jobs[i].id == id) return &jobs[i];
  }
  fprintf(stderr, "sh: %s: %s: no such job\n", who, name ? name : "current");
  return NULL;
}

/* Lets a job go on after a stop (SIGCONT to its group, or to each process
 * without job control). */
static void continue_job(struct job *j) {
  int k;
  if (j->pgid) kill(-j->pgid, SIGCONT);
  for (k = 0; k < j->npids; k++) {
    if (!j->pgid && j->pids[k] > 0) kill(j->pids[k], SIGCONT);
    j->stopped[k] = 0;
  }
  j->nstopped = 0;
  j->stop_reported = 0;
}

/* fg [%N]: the job runs on in the foreground, and the shell waits for it.
 * Under job control its group gets the terminal, so ^C and ^Z reach it. */
static int builtin_fg(int argc, char **argv) {
  struct job *j;
  int k, n = 0, status;
  pid_t pids[16];
  reap_jobs(0);
  j = find_job(argc > 1 ? argv[1] : NULL, "fg");
  if (!j) return 1;
  puts(j->text);
  fflush(stdout);
  if (j->pgid && j->alive) {
    tcsetpgrp(0, j->pgid);
    continue_job(j);
    return wait_job(j);
  }
  continue_job(j);
  for (k = 0; k < j->npids; k++)
    if (j->pids[k] > 0) pids[n++] = j->pids[k];
  status = n ? wait_foreground(pids, n) : j->status;
  remove_job((int)(j - jobs));
  return status;
}

/* bg [%N]: let a stopped job run on in the background (SIGCONT). */
static int builtin_bg(int argc, char **argv) {
  struct job *j = find_job(argc > 1 ? argv[1] : NULL, "bg");
  if (!j) return 1;
  continue_job(j);
  printf("[%d]%c %s &\n", j->id, job_mark(j), j->text);
  return 0;
}

/* kill with %N operands: the job's process group (or its processes), then
 * /bin/kill does the rest (signal names, -l). */
static int builtin_kill(int argc, char **argv) {
  char **args = arena_alloc(sizeof(char *) * (size_t)(argc * 16 + 1));
  int i, k, n = 0, raw = 0;
  pid_t pid;
  for (i = 0; i < argc; i++) {
    struct job *j;
    if (argv[i][0] != '%') {
      args[n++] = argv[i];
      continue;
    }
    j = find_job(argv[i], "kill");
    if (!j) return 1;
    for (k = 0; k < j->npids; k++) {
      if (j->pgid && k > 0) break;
      if (!j->pgid && j->pids[k] < 0) continue;
      args[n] = arena_alloc(16);
      snprintf(args[n++], 16, "%d", j->pgid ? -(int)j->pgid : (int)j->pids[k]);
    }
  }
  args[n] = NULL;
  args[0] = "kill";
  pid = fork_child();
  if (pid < 0) return 1;
  if (pid == 0) exec_command(args);
  wait_pid(pid, &raw);
  return status_of(raw);
}

static int builtin_shift(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 1;
  if (n < 0 || n > sh.nargs) {
    fprintf(stderr, "sh: shift: can't shift that many\n");
    return 1;
  }
  sh.args += n;
  sh.nargs -= n;
  return 0;
}

static int builtin_colon(int argc, char **argv) {
  (void)argc, (void)argv;
  return 0;
}

struct builtin {
  const char *name;
  int (*run)(int argc, char **argv);
};
static const struct builtin builtins[] = {
    {"cd", builtin_cd},       {"pwd", builtin_pwd},     {"exit", builtin_exit},
    {"export", builtin_export}, {"unset", builtin_unset}, {"wait", builtin_wait},
    {"jobs", builtin_jobs},   {"shift", builtin_shift}, {":", builtin_colon},
    {"ulimit", builtin_ulimit}, {"test", builtin_test}, {"[", builtin_test},
    {"fg", builtin_fg},       {"bg", builtin_bg},       {"kill", builtin_kill},
    {"set", builtin_set},
};

static const struct builtin *find_builtin(const char *name) {
  size_t i;
  for (i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
    if (strcmp(builtins[i].name, name) == 0) return &builtins[i];
  return NULL;
}

/* ---- simple commands ---- */

/* Leading NAME=value words are assignments; returns how many. */
static int count_assignments(char **words, int n) {
  int i;
  for (i = 0; i < n; i++) {
    char *eq = strchr(words[i], '=');
    if (!eq || !is_name(words[i], (size_t)(eq - words[i]))) break;
  }
  return i;
}

static void assign(char *word, int exported) {
  char *eq = strchr(word, '=');
  char *name = arena_strndup(word, (size_t)(eq - word));
  var_set(name, expand_word_single(eq + 1), exported);
}

/* while/until: run the condition, then the body, until the condition's
 * status says stop. Each pass gives back the memory it used. */
static int run_loop(struct command *c) {
  int status = 0;
  for (;;) {
    struct arena_mark mark = arena_mark();
    int go = run_list(c->cond) == 0;
    if (go != (c->kind == CMD_WHILE)) {
      arena_release(mark);
      return status;
    }
    status = run_list(c->body);
    arena_release(mark);
  }
}

/* for NAME in WORDS: the words are expanded once, before the first pass. */
static int run_for(struct command *c) {
  int i, n, status = 0;
  char **values;
  if (c->has_in) {
    values = expand_words(c->words, c->nwords, &n);
  } else {
    values = sh.args;
    n = sh.nargs;
  }
  for (i = 0; i < n; i++) {
    struct arena_mark mark = arena_mark();
    var_set(c->var, values[i], 0);
    status = run_list(c->body);
    arena_release(mark);
  }
  return status;
}

/* The compound commands, in the current process (redirections are the
 * caller's business). */
static int run_compound(struct command *c) {
  switch (c->kind) {
    case CMD_IF:
      if (run_list(c->cond) == 0) return run_list(c->body);
      return c->otherwise ? run_list(c->otherwise) : 0;
    case CMD_WHILE:
    case CMD_UNTIL: return run_loop(c);
    case CMD_FOR: return run_for(c);
    default: return run_list(c->body);
  }
}

/* In a forked child: redirections, then the builtin or the program.
 * argv is NULL when the words are still to be expanded (pipelines expand
 * in each child; a simple command was expanded once, by the parent). */
static void run_in_child(struct command *c, char **argv, int argc) {
  int i, nassign = count_assignments(c->words, c->nwords);
  const struct builtin *b;
  if (c->kind != CMD_SIMPLE) {  /* a compound command in a pipeline: this child runs it */
    if (apply_redirs(c, NULL) < 0) _exit(1);
    sh.interactive = 0;
    shell_exit(run_compound(c));
  }
  for (i = 0; i < nassign; i++) assign(c->words[i], 1);
  if (!argv) argv = expand_words(c->words + nassign, c->nwords - nassign, &argc);
  if (apply_redirs(c, NULL) < 0) _exit(1);
  if (argc == 0) _exit(0);
  b = find_builtin(argv[0]);
  if (b) {
    int status = b->run(argc, argv);
    fflush(NULL);
    _exit(status);
  }
  if (strcmp(argv[0], "exec") == 0) {
    if (argc == 1) _exit(0);
    argv++;
  }
  exec_command(argv);
}

/* The shell's own signal dispositions are not the child's: an interactive
 * shell ignores ^C, its foreground children must not. Background children
 * of a shell without job control ignore ^C and read /dev/null (POSIX). */
static void setup_child(int background, int first) {
  void (*action)(int) = background ? SIG_IGN : SIG_DFL;
  if (sh.interactive) signal(SIGTERM, SIG_DFL);
  if (sh.job_control) {  /* the job's own group gets ^C and ^Z: the defaults again */
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
    signal(SIGTTIN, SIG_DFL);
    signal(SIGTTOU, SIG_DFL);
    sh.job_control = 0;  /* a subshell does not do job control itself */
    return;
  }
  if (sh.interactive || background) {
    signal(SIGINT, action);
    signal(SIGQUIT, action);
  }
  if (background && first) {
    int fd = open("/dev/null", O_RDONLY);
    if (fd > 0) {
      dup2(fd, 0);
      close(fd);
    }
  }
}

/* fork, flushing stdio first (or the child would print our buffered
 * output again) and saying why when it fails (EAGAIN: too many processes). */
static pid_t fork_child(void) {
  pid_t pid;
  fflush(NULL);
  pid = fork();
  if (pid < 0) fprintf(stderr, "sh: fork: %s\n", strerror(errno));
  return pid;
}

/* Fork, run c in the child (run_in_child), wait for it. */
static int run_forked(struct command *c, char **argv, int argc) {
  pid_t pgid = 0;
  pid_t pid = fork_child();
  if (pid < 0) return 2;
  if (pid == 0) {
    join_job(getpid(), &pgid, 1);
    setup_child(0, 1);
    run_in_child(c, argv, argc);
  }
  if (sh.job_control) {
    join_job(pid, &pgid, 1);
    return wait_job(foreground_job(pgid, &pid, 1, foreground_text));
  }
  return wait_foreground(&pid, 1);
}

/* Redirections for something that runs inside the shell (a builtin, a
 * { group; }): returns the saved descriptors, or NULL if one failed (then
 * everything is already undone). end_here puts them back. */
static struct saved_fd *redirect_here(struct command *c) {
  struct saved_fd *saved = arena_alloc(sizeof(struct saved_fd) * (c->nredirs + 1));
  if (apply_redirs(c, saved) < 0) {
    restore_fds(saved, c->nredirs);
    return NULL;
  }
  return saved;
}

static int end_here(struct command *c, struct saved_fd *saved, int status) {
  fflush(stdout);
  fflush(stderr);
  restore_fds(saved, c->nredirs);
  return status;
}

/* A command with no pipe, run in the foreground: builtins and assignments
 * run inside the shell (that is why cd must be a builtin); anything else
 * is fork + exec + waitpid. */
/* { list; } runs in the shell itself (so `{ cd /; }` changes its
 * directory); ( list ) in a forked copy, whose changes vanish with it. */
static int run_group(struct command *c) {
  if (c->kind != CMD_SUBSHELL) {
    struct saved_fd *saved = redirect_here(c);
    return saved ? end_here(c, saved, run_compound(c)) : 1;
  }
  return run_forked(c, NULL, 0);
}

static int run_simple(struct command *c) {
  int argc, nassign;
  char **argv;
  const struct builtin *b;
  int i;
  if (c->kind != CMD_SIMPLE) return run_group(c);
  nassign = count_assignments(c->words, c->nwords);
  argv = expand_words(c->words + nassign, c->nwords - nassign, &argc);
  b = argc ? find_builtin(argv[0]) : NULL;
  if (argc > 0 && !b && strcmp(argv[0], "exec") == 0) {
    /* exec: the redirections stay; with a command, it replaces the shell */
    if (apply_redirs(c, NULL) < 0) return 1;
    if (argc > 1) exec_command(argv + 1);
    return 0;
  }
  if (argc == 0 || b) {
    struct saved_fd *saved;
    for (i = 0; i < nassign; i++) assign(c->words[i], 0);
    saved = redirect_here(c);
    if (!saved) return 1;
    return end_here(c, saved, b ? b->run(argc, argv) : 0);
  }
  return run_forked(c, argv, argc);
}

/* ---- pipelines and lists ---- */

/* cmd1 | cmd2 | ... : one child per command, each pipe's write end on the
 * left child's stdout and read end on the right child's stdin. The parent
 * closes its copies, or the readers would never see end of file. */
static int run_pipeline(struct pipeline *pl, int background, const char *text) {
  pid_t pids[16], pgid = 0;
  int i, in = -1, status;
  foreground_text = text;
  if (pl->ncmds == 1 && !background) {
    status = run_simple(&pl->cmds[0]);
    return pl->negate ? !status : status;
  }
  if (pl->ncmds > 16) {
    fputs("sh: pipeline too long\n", stderr);
    return 2;
  }
  for (i = 0; i < pl->ncmds; i++) {
    int fds[2] = {-1, -1};
    if (i < pl->ncmds - 1 && pipe(fds) < 0) {
      fprintf(stderr, "sh: pipe: %s\n", strerror(errno));
      break;
    }
    pids[i] = fork_child();
    if (pids[i] == 0) {
      join_job(getpid(), &pgid, !background);
      setup_child(background, i == 0);
      if (in >= 0) {
        dup2(in, 0);
        close(in);
      }
      if (fds[1] >= 0) {
        dup2(fds[1], 1);
        close(fds[1]);
        close(fds[0]);
      }
      run_in_child(&pl->cmds[i], NULL, 0);
    }
    if (pids[i] > 0) join_job(pids[i], &pgid, !background);
    if (in >= 0) close(in);
    if (fds[1] >= 0) close(fds[1]);
    in = fds[0];
    if (pids[i] < 0) break;
  }
  if (in >= 0) close(in);
  if (i < pl->ncmds) {  /* a fork or pipe failed: collect what started */
    wait_foreground(pids, i);
    return 2;
  }
  if (background) {
    struct job *j = add_job(text);
    memcpy(j->pids, pids, sizeof(pid_t) * pl->ncmds);
    j->npids = j->alive = pl->ncmds;
    j->pgid = pgid;
    sh.last_bg = pids[pl->ncmds - 1];
    if (sh.interactive) fprintf(stderr, "[%d] %d\n", j->id, (int)sh.last_bg);
    return 0;
  }
  if (sh.job_control) status = wait_job(foreground_job(pgid, pids, pl->ncmds, text));
  else status = wait_foreground(pids, pl->ncmds);
  return pl->negate ? !status : status;
}

static void print_seconds(const char *what, long long us) {
  fprintf(stderr, "%s\t%lldm%lld.%03llds\n", what, us / 60000000, us / 1000000 % 60, us / 1000 % 1000);
}

static long long rusage_us(const struct timeval *tv) {
  return (long long)tv->tv_sec * 1000000 + tv->tv_usec;
}

/* time PIPELINE: wall-clock time, and the CPU time of the children it
 * reaped (getrusage(RUSAGE_CHILDREN) before and after), as bash prints
 * them. On ForkLab the clock is virtual: instructions, not host time. */
static int run_timed(struct pipeline *pl, const char *text) {
  struct timespec t0, t1;
  struct rusage r0, r1;
  int status;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  getrusage(RUSAGE_CHILDREN, &r0);
  status = run_pipeline(pl, 0, text);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  getrusage(RUSAGE_CHILDREN, &r1);
  fputs("\n", stderr);
  print_seconds("real", ((long long)t1.tv_sec - t0.tv_sec) * 1000000 + (t1.tv_nsec - t0.tv_nsec) / 1000);
  print_seconds("user", rusage_us(&r1.ru_utime) - rusage_us(&r0.ru_utime));
  print_seconds("sys", rusage_us(&r1.ru_stime) - rusage_us(&r0.ru_stime));
  return status;
}

static int run_foreground_pipeline(struct pipeline *pl, const char *text) {
  return pl->timed ? run_timed(pl, text) : run_pipeline(pl, 0, text);
}

static int run_and_or_foreground(struct and_or *ao) {
  int i, status = run_foreground_pipeline(&ao->pipes[0], ao->text);
  for (i = 1; i < ao->npipes; i++) {
    sh.last_status = status;
    if ((ao->ops[i - 1] == T_AND) != (status == 0)) continue;
    status = run_foreground_pipeline(&ao->pipes[i], ao->text);
  }
  return status;
}

/* "a && b &" runs the whole and-or list in a forked copy of the shell; a
 * plain pipeline runs its commands directly, so `./zombie &` prints the
 * pid of zombie itself. */
static int run_background(struct and_or *ao) {
  struct job *j;
  pid_t pid, pgid = 0;
  if (ao->npipes == 1 && !ao->pipes[0].negate && !ao->pipes[0].timed) return run_pipeline(&ao->pipes[0], 1, ao->text);
  pid = fork_child();
  if (pid < 0) return 2;
  if (pid == 0) {
    join_job(getpid(), &pgid, 0);
    setup_child(1, 1);
    sh.interactive = 0;
    shell_exit(run_and_or_foreground(ao));
  }
  join_job(pid, &pgid, 0);
  j = add_job(ao->text);
  j->pgid = pgid;
  j->pids[0] = pid;
  j->npids = j->alive = 1;
  sh.last_bg = pid;
  if (sh.interactive) fprintf(stderr, "[%d] %d\n", j->id, (int)pid);
  return 0;
}

int run_list(struct list *l) {
  int i;
  for (i = 0; i < l->nitems; i++) {
    reap_jobs(0);
    if (l->items[i].background) sh.last_status = run_background(&l->items[i]);
    else sh.last_status = run_and_or_foreground(&l->items[i]);
  }
  return sh.last_status;
}

void shell_exit(int status) {
  fflush(NULL);
  exit(status);
}
