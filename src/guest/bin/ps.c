/* ps, ps ax (or aux), ps -e, ps -ef, ps -o COLUMNS, ps -L: processes
 * from /proc/PID/stat, cmdline, status and wchan in Linux's formats, so it
 * runs on ForkLab's kernel and on Linux alike. Zombies have no command line
 * left: they show as "[name] <defunct>", as procps prints them.
 * -o takes a comma list of pid ppid pgid sid tid stat state wchan ni tty
 * time uid comm cmd (args); -L lists every thread (/proc/PID/task). */
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct proc {
  int tid; /* the thread, for -L (== pid otherwise) */
  char wchan[32];
  int pid, ppid, pgrp, session, tty, tpgid, nice, threads;
  char state;
  long utime, stime;
  unsigned long long start;
  unsigned uid;
  char comm[64];
  char cmd[256];
};

static long clk_tck;

static int read_file(const char *path, char *buf, int cap) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  int n = 0, r;
  while (n < cap - 1 && (r = (int)read(fd, buf + n, (size_t)(cap - 1 - n))) > 0) n += r;
  close(fd);
  buf[n] = 0;
  return n;
}

/* /proc/PID/stat: "pid (comm) S ppid pgrp session tty_nr tpgid flags
 * minflt cminflt majflt cmajflt utime stime cutime cstime priority nice
 * num_threads itrealvalue starttime ..."; comm may hold spaces and ')'. */
static int read_proc(int pid, int tid, struct proc *p) {
  char path[96], buf[1024];
  if (tid) snprintf(path, sizeof path, "/proc/%d/task/%d/stat", pid, tid);
  else snprintf(path, sizeof path, "/proc/%d/stat", pid);
  if (read_file(path, buf, sizeof buf) <= 0) return -1;
  char *open_paren = strchr(buf, '('), *close_paren = strrchr(buf, ')');
  if (!open_paren || !close_paren) return -1;
  size_t len = (size_t)(close_paren - open_paren - 1);
  if (len >= sizeof p->comm) len = sizeof p->comm - 1;
  memcpy(p->comm, open_paren + 1, len);
  p->comm[len] = 0;
  p->pid = pid;
  p->tid = tid ? tid : pid;
  long field[20];
  char *s = close_paren + 2;
  p->state = *s;
  s += 1;
  for (int i = 0; i < 20; i++) field[i] = strtol(s, &s, 10);
  /* field[0] is ppid (stat field 4) ... field[i] is stat field i + 4 */
  p->ppid = (int)field[0];
  p->pgrp = (int)field[1];
  p->session = (int)field[2];
  p->tty = (int)field[3];
  p->tpgid = (int)field[4];
  p->utime = field[10];
  p->stime = field[11];
  p->nice = (int)field[15];
  p->threads = (int)field[16];
  p->start = (unsigned long long)strtoull(s, 0, 10); /* field 22 */
  snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
  int n = read_file(path, p->cmd, sizeof p->cmd);
  if (n <= 0) {
    snprintf(p->cmd, sizeof p->cmd, "[%s]%s", p->comm, p->state == 'Z' ? " <defunct>" : "");
  } else {
    while (n > 0 && p->cmd[n - 1] == 0) n--;
    for (int i = 0; i < n; i++)
      if (p->cmd[i] == 0) p->cmd[i] = ' ';
  }
  snprintf(path, sizeof path, "/proc/%d/wchan", pid);
  if (read_file(path, p->wchan, sizeof p->wchan) <= 0 || strcmp(p->wchan, "0") == 0)
    strcpy(p->wchan, "-");
  p->uid = 0;
  snprintf(path, sizeof path, "/proc/%d/status", pid);
  char status[2048];
  if (read_file(path, status, sizeof status) > 0) {
    char *u = strstr(status, "\nUid:");
    if (u) p->uid = (unsigned)strtoul(u + 5, 0, 10);
  }
  return 0;
}

/* Linux device numbers: 4:N is ttyN, 136:N is pts/N, 5:0 is /dev/tty. */
static void tty_name(int tty, char *out, size_t cap) {
  int major = (tty >> 8) & 0xfff, minor = (tty & 0xff) | ((tty >> 12) & 0xfff00);
  if (tty == 0) snprintf(out, cap, "?");
  else if (major == 136) snprintf(out, cap, "pts/%d", minor);
  else if (major == 4) snprintf(out, cap, "tty%d", minor);
  else snprintf(out, cap, "tty");
}

static void cpu_time(const struct proc *p, int long_form, char *out, size_t cap) {
  long secs = (p->utime + p->stime) / clk_tck;
  if (long_form) snprintf(out, cap, "%02ld:%02ld:%02ld", secs / 3600, secs / 60 % 60, secs % 60);
  else snprintf(out, cap, "%ld:%02ld", secs / 60, secs % 60);
}

/* STAT: state, then < (high priority), N (low), s (session leader),
 * l (threads), + (foreground group of its terminal). */
static void stat_string(const struct proc *p, char *out) {
  int n = 0;
  out[n++] = p->state;
  if (p->nice < 0) out[n++] = '<';
  if (p->nice > 0) out[n++] = 'N';
  if (p->pid == p->session) out[n++] = 's';
  if (p->threads > 1) out[n++] = 'l';
  if (p->tty && p->pgrp == p->tpgid) out[n++] = '+';
  out[n] = 0;
}

static int by_pid(const void *a, const void *b) {
  const struct proc *x = a, *y = b;
  return x->pid != y->pid ? x->pid - y->pid : x->tid - y->tid;
}

/* One -o column: its header, width (negative: left-aligned) and value. */
static const char *const column_names[] = {"pid", "ppid", "pgid", "sid", "tid", "stat", "state", "wchan",
                                          "ni", "tty", "time", "uid", "comm", "cmd", "args"};
#define NCOLUMNS ((int)(sizeof column_names / sizeof column_names[0]))

static void column(int col, const struct proc *p, int header) {
  char v[320];
  int width = 6;
  const char *h = column_names[col];
  switch (col) {
    case 0: snprintf(v, sizeof v, "%d", p->pid); h = "PID"; break;
    case 1: snprintf(v, sizeof v, "%d", p->ppid); h = "PPID"; break;
    case 2: snprintf(v, sizeof v, "%d", p->pgrp); h = "PGID"; break;
    case 3: snprintf(v, sizeof v, "%d", p->session); h = "SID"; break;
    case 4: snprintf(v, sizeof v, "%d", p->tid); h = "TID"; break;
    case 5: stat_string(p, v); h = "STAT"; width = -4; break;
    case 6: snprintf(v, sizeof v, "%c", p->state); h = "S"; width = 1; break;
    case 7: snprintf(v, sizeof v, "%s", p->wchan); h = "WCHAN"; width = -10; break;
    case 8: snprintf(v, sizeof v, "%d", p->nice); h = "NI"; width = 3; break;
    case 9: tty_name(p->tty, v, sizeof v); h = "TT"; width = -8; break;
    case 10: cpu_time(p, 1, v, sizeof v); h = "TIME"; width = 8; break;
    case 11: snprintf(v, sizeof v, "%u", p->uid); h = "UID"; width = 5; break;
    case 12: snprintf(v, sizeof v, "%s", p->comm); h = "COMMAND"; width = 0; break;
    default: snprintf(v, sizeof v, "%s", p->cmd); h = "CMD"; width = 0; break;
  }
  const char *text = header ? h : v;
  if (width > 0) printf("%*s", width, text);
  else if (width < 0) printf("%-*s", -width, text);
  else printf("%s", text);
}

/* Parse "pid,ppid,stat"; returns the number of columns, -1 if unknown. */
static int parse_columns(const char *spec, int *cols, int max) {
  int n = 0;
  char name[16];
  while (*spec && n < max) {
    size_t len = strcspn(spec, ", ");
    if (len == 0 || len >= sizeof name) return -1;
    memcpy(name, spec, len);
    name[len] = 0;
    int found = -1;
    for (int i = 0; i < NCOLUMNS; i++)
      if (strcmp(name, column_names[i]) == 0) found = i;
    if (found < 0) {
      fprintf(stderr, "ps: unknown column '%s'\n", name);
      return -1;
    }
    cols[n++] = found;
    spec += len;
    while (*spec == ',' || *spec == ' ') spec++;
  }
  return n;
}

/* Read pid's threads (-L) or just pid; returns how many entries it added. */
static int add_entries(int pid, int threads, struct proc **procs, int *n, int *cap) {
  int added = 0;
  DIR *d = 0;
  if (threads) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", pid);
    d = opendir(path);
  }
  struct dirent *e;
  for (;;) {
    int tid = 0;
    if (d) {
      e = readdir(d);
      if (!e) break;
      if (!isdigit((unsigned char)e->d_name[0])) continue;
      tid = atoi(e->d_name);
    }
    if (*n == *cap) *procs = realloc(*procs, (size_t)(*cap *= 2) * sizeof **procs);
    if (read_proc(pid, tid, &(*procs)[*n]) == 0) {
      (*n)++;
      added++;
    }
    if (!d) break;
  }
  if (d) closedir(d);
  return added;
}

int main(int argc, char **argv) {
  int all = 0, full = 0, bsd = 0, threads = 0, ncols = 0;
  int cols[16];
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-o") == 0 && i + 1 < argc) {
      if ((ncols = parse_columns(argv[++i], cols, 16)) < 0) return 1;
    } else if (a[0] == '-') {
      for (a++; *a; a++) {
        if (*a == 'e' || *a == 'A') all = 1;
        else if (*a == 'f') full = 1;
        else if (*a == 'L') threads = 1;
      }
    } else {
      bsd = 1;
      if (strchr(a, 'a') || strchr(a, 'x')) all = 1;
    }
  }
  clk_tck = sysconf(_SC_CLK_TCK);
  if (clk_tck <= 0) clk_tck = 100;
  DIR *d = opendir("/proc");
  if (!d) {
    perror("ps: /proc");
    return 1;
  }
  int cap = 64, n = 0;
  struct proc *procs = malloc((size_t)cap * sizeof *procs);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!isdigit((unsigned char)e->d_name[0])) continue;
    add_entries(atoi(e->d_name), threads, &procs, &n, &cap);
  }
  closedir(d);
  qsort(procs, (size_t)n, sizeof *procs, by_pid);
  struct proc self;
  int have_self = read_proc(getpid(), 0, &self) == 0;
  if (threads && !ncols) { /* ps -L: the default columns plus the thread id */
    int lcols[] = {0, 4, 9, 10, 12};
    ncols = 5;
    memcpy(cols, lcols, sizeof lcols);
  }

  if (ncols) {
    for (int c = 0; c < ncols; c++) {
      if (c) putchar(' ');
      column(cols[c], &self, 1);
    }
    putchar('\n');
  } else if (bsd) printf("  PID TTY      STAT   TIME COMMAND\n");
  else if (full) printf("UID          PID    PPID  C STIME TTY          TIME CMD\n");
  else printf("  PID TTY          TIME CMD\n");
  for (int i = 0; i < n; i++) {
    struct proc *p = &procs[i];
    /* without a or -e: the processes of our terminal (or of our session) */
    if (!all && have_self && (self.tty ? p->tty != self.tty : p->session != self.session)) continue;
    if (ncols) {
      for (int c = 0; c < ncols; c++) {
        if (c) putchar(' ');
        column(cols[c], p, 0);
      }
      putchar('\n');
      continue;
    }
    char tty[16], time[16], stat[8];
    tty_name(p->tty, tty, sizeof tty);
    cpu_time(p, !bsd, time, sizeof time);
    if (bsd) {
      stat_string(p, stat);
      printf("%5d %-8s %-4s %6s %s\n", p->pid, tty, stat, time, p->cmd);
    } else if (full) {
      unsigned long long secs = p->start / (unsigned long long)clk_tck;
      printf("%-8u %7d %7d  0 %02llu:%02llu %-8s %8s %s\n", p->uid, p->pid, p->ppid,
             secs / 3600 % 24, secs / 60 % 60, tty, time, p->cmd);
    } else {
      printf("%5d %-8s %8s %s%s\n", p->pid, tty, time, p->comm, p->state == 'Z' ? " <defunct>" : "");
    }
  }
  free(procs);
  return 0;
}
