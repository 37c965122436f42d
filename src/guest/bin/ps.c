/* /bin/ps: report processes, read from /proc, in procps-ng's formats.
 *
 *   ps                 this terminal's processes: PID TTY TIME CMD
 *   ps ax, ps aux      every process, BSD style (STAT, COMMAND with args)
 *   ps -e, -ef, -el    every process, UNIX style (-f full, -l long)
 *   ps -o pid,ppid,stat,wchan,ni,time,cmd      choose the columns
 *   ps -p PID,...  ps -C NAME   ps -L (a row per thread, from /proc/PID/task)
 *
 * STAT is the state letter from /proc/PID/stat (R running, S sleeping,
 * D disk, T stopped, Z zombie) followed by procps's flags: < high and N
 * low priority, s session leader, l threads, + in the foreground group.
 * A zombie has no memory and so no command line: ps shows "[name]
 * <defunct>", built from the name the kernel still keeps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "lib/proc.h"
#include "lib/proc.c"  /* one program per bin/NAME.c: the reader is compiled in */

#define HZ 100           /* USER_HZ: the unit of stat's times */

/* ---- columns ---- */

struct column {
  const char *name;      /* as -o spells it */
  const char *header;
  int width;
  int left;              /* left-aligned (text) or right (numbers) */
  void (*format)(const struct proc *p, char *out, size_t n);
};

static long long uptime_ticks, boot_time;

static void fmt_pid(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->pid); }
static void fmt_tid(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->tid); }
static void fmt_ppid(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->ppid); }
static void fmt_pgid(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->pgrp); }
static void fmt_sid(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->session); }
static void fmt_tty(const struct proc *p, char *o, size_t n) { proc_tty_name(p->tty_nr, o, n); }
static void fmt_state(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%c", p->state); }
static void fmt_ni(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->nice); }
static void fmt_pri(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", 80 + p->nice); }
static void fmt_uid(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->uid); }
static void fmt_nlwp(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%d", p->nlwp); }
static void fmt_vsz(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%llu", p->vsize / 1024); }
static void fmt_sz(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%llu", p->vsize / 4096); }
static void fmt_rss(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%ld", p->rss * 4); }
static void fmt_flags(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%lu", (p->flags >> 6) & 7); }
static void fmt_dash(const struct proc *p, char *o, size_t n) { (void)p; snprintf(o, n, "-"); }

/* STAT: the state letter, then procps's flags. */
static void fmt_stat(const struct proc *p, char *o, size_t n) {
  snprintf(o, n, "%c%s%s%s%s", p->state, p->nice < 0 ? "<" : p->nice > 0 ? "N" : "",
           p->pid == p->session ? "s" : "", p->nlwp > 1 ? "l" : "",
           p->tpgid > 0 && p->pgrp == p->tpgid ? "+" : "");
}

/* uid 0 is root; other names come from /etc/passwd when it has them. */
static void fmt_user(const struct proc *p, char *o, size_t n) {
  FILE *f = fopen("/etc/passwd", "r");
  char line[256];
  while (f && fgets(line, sizeof line, f)) {
    char *name = strtok(line, ":"), *pw = strtok(NULL, ":"), *uid = strtok(NULL, ":");
    if (name && pw && uid && atoi(uid) == p->uid) {
      snprintf(o, n, "%s", name);
      fclose(f);
      return;
    }
  }
  if (f) fclose(f);
  if (p->uid == 0) snprintf(o, n, "root");
  else snprintf(o, n, "%d", p->uid);
}

/* TIME: CPU time as [DD-]HH:MM:SS. */
static void fmt_time(const struct proc *p, char *o, size_t n) {
  unsigned long long s = (p->utime + p->stime) / HZ;
  if (s >= 86400) snprintf(o, n, "%llu-%02llu:%02llu:%02llu", s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
  else snprintf(o, n, "%02llu:%02llu:%02llu", s / 3600, s / 60 % 60, s % 60);
}

/* BSD TIME: minutes:seconds. */
static void fmt_bsdtime(const struct proc *p, char *o, size_t n) {
  unsigned long long s = (p->utime + p->stime) / HZ;
  snprintf(o, n, "%llu:%02llu", s / 60, s % 60);
}

/* ELAPSED: wall time since the process started, [[DD-]HH:]MM:SS. */
static void fmt_etime(const struct proc *p, char *o, size_t n) {
  long long s = (uptime_ticks - (long long)p->starttime) / HZ;
  if (s < 0) s = 0;
  if (s >= 86400) snprintf(o, n, "%lld-%02lld:%02lld:%02lld", s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
  else if (s >= 3600) snprintf(o, n, "%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else snprintf(o, n, "%02lld:%02lld", s / 60, s % 60);
}

/* STIME/START: HH:MM if the process started in the last day, else MonDD. */
static void fmt_stime(const struct proc *p, char *o, size_t n) {
  static const char *months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  time_t start = (time_t)(boot_time + (long long)p->starttime / HZ);
  struct tm tm;
  gmtime_r(&start, &tm);
  if (time(NULL) - start < 86400) snprintf(o, n, "%02d:%02d", tm.tm_hour, tm.tm_min);
  else snprintf(o, n, "%.3s%02d", months + 3 * tm.tm_mon, tm.tm_mday);
}

/* C and %CPU: CPU time over the time since the process started. */
static long long cpu_permille(const struct proc *p) {
  long long elapsed = uptime_ticks - (long long)p->starttime;
  return elapsed > 0 ? (long long)(p->utime + p->stime) * 1000 / elapsed : 0;
}
static void fmt_c(const struct proc *p, char *o, size_t n) { snprintf(o, n, "%lld", cpu_permille(p) / 10); }
static void fmt_pcpu(const struct proc *p, char *o, size_t n) {
  long long v = cpu_permille(p);
  snprintf(o, n, "%lld.%lld", v / 10, v % 10);
}
static void fmt_pmem(const struct proc *p, char *o, size_t n) { (void)p; snprintf(o, n, "0.0"); }

static void fmt_wchan(const struct proc *p, char *o, size_t n) {
  snprintf(o, n, "%s", strcmp(p->wchan, "0") == 0 || p->state == 'Z' ? "-" : p->wchan);
}

/* comm/ucmd: the name; args/cmd: the command line, "[name]" when there is
 * none; both add " <defunct>" for a zombie, as procps does. */
static void fmt_comm(const struct proc *p, char *o, size_t n) {
  snprintf(o, n, "%s%s", p->comm, p->state == 'Z' ? " <defunct>" : "");
}
static void fmt_args(const struct proc *p, char *o, size_t n) {
  if (p->cmdline[0] && p->state != 'Z') snprintf(o, n, "%s", p->cmdline);
  else snprintf(o, n, "[%s]%s", p->comm, p->state == 'Z' ? " <defunct>" : "");
}

static const struct column columns[] = {
    {"pid", "PID", 5, 0, fmt_pid},          {"tgid", "TGID", 5, 0, fmt_pid},
    {"lwp", "LWP", 5, 0, fmt_tid},          {"tid", "TID", 5, 0, fmt_tid},
    {"ppid", "PPID", 5, 0, fmt_ppid},       {"pgid", "PGID", 5, 0, fmt_pgid},
    {"pgrp", "PGRP", 5, 0, fmt_pgid},       {"sid", "SID", 5, 0, fmt_sid},
    {"sess", "SESS", 5, 0, fmt_sid},        {"tty", "TT", 8, 1, fmt_tty},
    {"tt", "TT", 8, 1, fmt_tty},            {"tname", "TTY", 8, 1, fmt_tty},
    {"stat", "STAT", 4, 1, fmt_stat},       {"s", "S", 1, 1, fmt_state},
    {"state", "S", 1, 1, fmt_state},        {"time", "TIME", 8, 0, fmt_time},
    {"cputime", "TIME", 8, 0, fmt_time},    {"bsdtime", "TIME", 6, 0, fmt_bsdtime},
    {"etime", "ELAPSED", 11, 0, fmt_etime}, {"stime", "STIME", 5, 1, fmt_stime},
    {"start", "START", 5, 1, fmt_stime},    {"start_time", "START", 5, 1, fmt_stime},
    {"ni", "NI", 3, 0, fmt_ni},             {"nice", "NI", 3, 0, fmt_ni},
    {"pri", "PRI", 3, 0, fmt_pri},          {"uid", "UID", 5, 0, fmt_uid},
    {"euid", "EUID", 5, 0, fmt_uid},        {"user", "USER", 8, 1, fmt_user},
    {"uname", "USER", 8, 1, fmt_user},      {"euser", "EUSER", 8, 1, fmt_user},
    {"uidname", "UID", 8, 1, fmt_user},     /* -f's UID column: the user's name */
    {"c", "C", 2, 0, fmt_c},                {"%cpu", "%CPU", 4, 0, fmt_pcpu},
    {"pcpu", "%CPU", 4, 0, fmt_pcpu},       {"%mem", "%MEM", 4, 0, fmt_pmem},
    {"pmem", "%MEM", 4, 0, fmt_pmem},       {"vsz", "VSZ", 6, 0, fmt_vsz},
    {"vsize", "VSZ", 6, 0, fmt_vsz},        {"sz", "SZ", 5, 0, fmt_sz},
    {"rss", "RSS", 5, 0, fmt_rss},          {"rssize", "RSS", 5, 0, fmt_rss},
    {"nlwp", "NLWP", 4, 0, fmt_nlwp},       {"thcount", "THCNT", 5, 0, fmt_nlwp},
    {"f", "F", 1, 0, fmt_flags},            {"flags", "F", 1, 0, fmt_flags},
    {"addr", "ADDR", 4, 0, fmt_dash},       {"wchan", "WCHAN", 6, 1, fmt_wchan},
    {"comm", "COMMAND", 15, 1, fmt_comm},   {"ucmd", "CMD", 15, 1, fmt_comm},
    {"ucomm", "COMMAND", 15, 1, fmt_comm},  {"cmd", "CMD", 27, 1, fmt_args},
    {"args", "COMMAND", 27, 1, fmt_args},   {"command", "COMMAND", 27, 1, fmt_args},
};
#define NCOLUMNS (int)(sizeof columns / sizeof columns[0])

/* The chosen columns, with their headers (-o name=HEADER renames). */
struct chosen {
  const struct column *col;
  char header[64];
  int width;
};
static struct chosen chosen[64];
static int nchosen;
static int pid_width = 5;

static int choose(const char *name, size_t len, const char *header) {
  int i;
  for (i = 0; i < NCOLUMNS; i++) {
    if (strlen(columns[i].name) != len || strncmp(columns[i].name, name, len) != 0) continue;
    if (nchosen == 64) return 0;
    chosen[nchosen].col = &columns[i];
    snprintf(chosen[nchosen].header, sizeof chosen[nchosen].header, "%s", header ? header : columns[i].header);
    chosen[nchosen].width = columns[i].width;
    if (columns[i].format == fmt_pid || columns[i].format == fmt_ppid || columns[i].format == fmt_pgid ||
        columns[i].format == fmt_sid)
      chosen[nchosen].width = pid_width;
    if (header && (int)strlen(header) > chosen[nchosen].width) chosen[nchosen].width = (int)strlen(header);
    nchosen++;
    return 1;
  }
  fprintf(stderr, "error: unknown user-defined format specifier \"%.*s\"\n", (int)len, name);
  return 0;
}

/* "pid,ppid,cmd", "pid ppid", "wchan:20" (a width), "pid=ID" (a header,
 * which runs to the end of the argument as in procps; "pid=,comm=" gives
 * empty headers). Returns 0 on an unknown name. */
static int choose_list(const char *list) {
  while (*list) {
    size_t len = strcspn(list, ", =:");
    const char *header = NULL;
    int width = 0;
    if (len && list[len] == ':') width = atoi(list + len + 1);
    if (len && list[len] == '=') {
      header = list + len + 1;
      if (*header && *header != ',') return choose(list, len, header);
      header = "";
    }
    if (len && !choose(list, len, header)) return 0;
    if (width > 0) chosen[nchosen - 1].width = width;
    list += strcspn(list, ", ");
    if (*list) list++;
  }
  return 1;
}

/* ---- selection ---- */

struct options {
  int all;               /* -e, -A, ax */
  int bsd_a, bsd_x;      /* a: with a tty, x: also without */
  int unix_a;            /* -a: with a tty, not session leaders */
  int full, lng, bsd_u, threads, wide;
  int pids[64], npids;
  const char *names[16];
  int nnames;
};

static int selected(const struct options *o, const struct proc *p, const struct proc *self) {
  int i;
  if (o->npids || o->nnames) {
    for (i = 0; i < o->npids; i++)
      if (o->pids[i] == p->pid) return 1;
    for (i = 0; i < o->nnames; i++)
      if (strcmp(o->names[i], p->comm) == 0) return 1;
    return 0;
  }
  if (o->all || (o->bsd_a && o->bsd_x)) return 1;
  if (o->bsd_a) return p->tty_nr != 0;
  if (o->bsd_x) return p->uid == self->uid;
  if (o->unix_a) return p->tty_nr != 0 && p->pid != p->session;
  /* The default: same user, same terminal as ps itself. */
  return p->uid == self->uid && p->tty_nr == self->tty_nr;
}

/* ---- output ---- */

static int terminal_width(void) {
  struct winsize ws;
  if (!isatty(1)) return 0;
  if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

/* Prints one row; the last column is not padded. On a terminal the line is
 * cut at its width, as procps does (a pipe gets everything). */
static void print_row(const struct proc *p, int limit) {
  char line[8192], cell[4096];
  size_t len = 0;
  int i;
  line[0] = 0;
  for (i = 0; i < nchosen; i++) {
    const struct chosen *c = &chosen[i];
    int last = i == nchosen - 1;
    if (p) c->col->format(p, cell, sizeof cell);
    else snprintf(cell, sizeof cell, "%s", c->header);
    if (c->col->left && !last)  /* text columns are cut to fit (WCHAN in ps -l) */
      len += (size_t)snprintf(line + len, sizeof line - len, "%-*.*s", c->width, c->width, cell);
    else if (c->col->left)
      len += (size_t)snprintf(line + len, sizeof line - len, "%s", cell);
    else
      len += (size_t)snprintf(line + len, sizeof line - len, "%*s", c->width, cell);
    if (len >= sizeof line - 1) len = sizeof line - 1;
    if (!last && len < sizeof line - 1) line[len++] = ' ', line[len] = 0;
  }
  if (limit > 0 && (int)len > limit) line[limit] = 0;
  puts(line);
}

static int any_header(void) {
  int i;
  for (i = 0; i < nchosen; i++)
    if (chosen[i].header[0]) return 1;
  return 0;
}

/* ---- arguments ---- */

static void usage(void) {
  fputs("usage: ps [ax] [aux] [-e] [-f] [-l] [-L] [-o FORMAT] [-p PID,...] [-C NAME]\n", stderr);
  exit(1);
}

static void add_pids(struct options *o, const char *list) {
  while (*list) {
    char *end;
    long pid = strtol(list, &end, 10);
    if (end == list || pid <= 0) {
      fputs("error: process ID list syntax error\n", stderr);
      usage();
    }
    if (o->npids < 64) o->pids[o->npids++] = (int)pid;
    list = end;
    while (*list == ',' || *list == ' ') list++;
  }
}

/* Returns how many of argv[i], argv[i+1] the option used. */
static int parse_unix(struct options *o, char **argv, int i, int *have_format) {
  const char *a = argv[i] + 1;
  for (; *a; a++) {
    const char *value = a[1] ? a + 1 : argv[i + 1];
    switch (*a) {
      case 'e': case 'A': o->all = 1; break;
      case 'a': o->unix_a = 1; break;
      case 'f': o->full = 1; break;
      case 'l': o->lng = 1; break;
      case 'L': o->threads = 1; break;
      case 'w': o->wide = 1; break;
      case 'o': case 'p': case 'C':
        if (!value) usage();
        if (*a == 'o' && !choose_list(value)) exit(1);
        if (*a == 'o') *have_format = 1;
        if (*a == 'p') add_pids(o, value);
        if (*a == 'C' && o->nnames < 16) o->names[o->nnames++] = value;
        return a[1] ? 1 : 2;
      default:
        fprintf(stderr, "error: unsupported option (BSD syntax)\n");
        usage();
    }
  }
  return 1;
}

static void parse_bsd(struct options *o, const char *a) {
  for (; *a; a++) {
    if (*a == 'a') o->bsd_a = 1;
    else if (*a == 'x') o->bsd_x = 1;
    else if (*a == 'u') o->bsd_u = 1;
    else if (*a == 'w') o->wide = 1;
    else if (*a == 'e' || *a == 'f') continue;  /* environment, forest: not shown */
    else if (*a >= '0' && *a <= '9') {
      add_pids(o, a);
      return;
    } else {
      fprintf(stderr, "error: unsupported option (BSD syntax)\n");
      usage();
    }
  }
}

/* The format a set of options asks for, when -o did not give one. */
static void default_format(const struct options *o) {
  int bsd = o->bsd_a || o->bsd_x;
  if (o->bsd_u) choose_list("user,pid,%cpu,%mem,vsz,rss,tname,stat,start,bsdtime,args");
  else if (o->lng && o->full)
    choose_list("f,s,uidname,pid,ppid,c,pri,ni,addr,sz,wchan,stime,tname,time,cmd");
  else if (o->lng) choose_list("f,s,uid,pid,ppid,c,pri,ni,addr,sz,wchan,tname,time,ucmd");
  else if (o->full && o->threads) choose_list("uidname,pid,ppid,lwp,c,nlwp,stime,tname,time,cmd");
  else if (o->full) choose_list("uidname,pid,ppid,c,stime,tname,time,cmd");
  else if (o->threads) choose_list("pid,lwp,tname,time,ucmd");
  else if (bsd) choose_list("pid,tname,stat,bsdtime,args");
  else choose_list("pid,tname,time,ucmd");
}

static void read_clocks(void) {
  struct timespec mono, real;
  clock_gettime(CLOCK_MONOTONIC, &mono);
  clock_gettime(CLOCK_REALTIME, &real);
  uptime_ticks = (long long)mono.tv_sec * HZ + mono.tv_nsec / (1000000000 / HZ);
  boot_time = (long long)real.tv_sec - (long long)mono.tv_sec;
}

/* procps sizes the PID column for the largest pid (pid_max), at least 5. */
static void read_pid_width(void) {
  FILE *f = fopen("/proc/sys/kernel/pid_max", "r");
  long max = 0;
  if (!f) return;
  if (fscanf(f, "%ld", &max) == 1) {
    int digits = 1;
    while (max >= 10) max /= 10, digits++;
    if (digits > 5) pid_width = digits;
  }
  fclose(f);
}

/* ps -L: a row for each thread of p (or p itself if it has no task/). */
static void print_threads(const struct options *o, const struct proc *p) {
  int i, n;
  struct proc *threads = proc_read_threads(p->pid, &n);
  if (n == 0) print_row(p, o->wide ? 0 : terminal_width());
  for (i = 0; i < n; i++) print_row(&threads[i], o->wide ? 0 : terminal_width());
  proc_free_all(threads, n);
}

int main(int argc, char **argv) {
  struct options o;
  struct proc self, *procs;
  int i, n, have_format = 0;
  memset(&o, 0, sizeof o);
  read_pid_width();
  for (i = 1; i < argc;) {
    if (argv[i][0] == '-' && argv[i][1]) i += parse_unix(&o, argv, i, &have_format);
    else parse_bsd(&o, argv[i++]);
  }
  if (!have_format) default_format(&o);
  read_clocks();
  if (proc_read((int)getpid(), &self) != 0) {
    fputs("ps: cannot read /proc (is it there?)\n", stderr);
    return 1;
  }
  procs = proc_read_all(&n);
  if (any_header()) print_row(NULL, o.wide ? 0 : terminal_width());
  for (i = 0; i < n; i++) {
    if (!selected(&o, &procs[i], &self)) continue;
    if (o.threads) print_threads(&o, &procs[i]);
    else print_row(&procs[i], o.wide ? 0 : terminal_width());
  }
  proc_free_all(procs, n);
  return 0;
}
