/* ps, ps ax (or aux), ps -e, ps -ef: processes from /proc/PID/stat and
 * /proc/PID/cmdline in Linux's formats, so it runs on ForkLab's kernel and
 * on Linux alike. Zombies have no command line left: they show as
 * "[name] <defunct>", as procps prints them. */
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct proc {
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
static int read_proc(int pid, struct proc *p) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  if (read_file(path, buf, sizeof buf) <= 0) return -1;
  char *open_paren = strchr(buf, '('), *close_paren = strrchr(buf, ')');
  if (!open_paren || !close_paren) return -1;
  size_t len = (size_t)(close_paren - open_paren - 1);
  if (len >= sizeof p->comm) len = sizeof p->comm - 1;
  memcpy(p->comm, open_paren + 1, len);
  p->comm[len] = 0;
  p->pid = pid;
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
  return ((const struct proc *)a)->pid - ((const struct proc *)b)->pid;
}

int main(int argc, char **argv) {
  int all = 0, full = 0, bsd = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] == '-') {
      for (a++; *a; a++) {
        if (*a == 'e' || *a == 'A') all = 1;
        else if (*a == 'f') full = 1;
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
    if (n == cap) procs = realloc(procs, (size_t)(cap *= 2) * sizeof *procs);
    if (read_proc(atoi(e->d_name), &procs[n]) == 0) n++;
  }
  closedir(d);
  qsort(procs, (size_t)n, sizeof *procs, by_pid);
  struct proc self;
  int have_self = read_proc(getpid(), &self) == 0;

  if (bsd) printf("  PID TTY      STAT   TIME COMMAND\n");
  else if (full) printf("UID          PID    PPID  C STIME TTY          TIME CMD\n");
  else printf("  PID TTY          TIME CMD\n");
  for (int i = 0; i < n; i++) {
    struct proc *p = &procs[i];
    /* without a or -e: the processes of our terminal (or of our session) */
    if (!all && have_self && (self.tty ? p->tty != self.tty : p->session != self.session)) continue;
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
