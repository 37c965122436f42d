/* /proc readers shared by ps and pstree (see proc.h). */
#include "proc.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Reads a whole small file; returns its length, or -1. */
static int read_file(const char *path, char *buf, int size) {
  int fd = open(path, O_RDONLY), len = 0, n;
  if (fd < 0) return -1;
  while (len < size - 1 && (n = (int)read(fd, buf + len, (size_t)(size - 1 - len))) > 0) len += n;
  close(fd);
  buf[len] = 0;
  return len;
}

/* stat is "pid (comm) S ppid ...": comm may hold spaces and parentheses,
 * so it ends at the LAST ')'. */
static int parse_stat(const char *text, struct proc *p) {
  const char *open = strchr(text, '('), *close = strrchr(text, ')');
  size_t n;
  if (!open || !close || close < open) return -1;
  n = (size_t)(close - open - 1);
  if (n >= sizeof p->comm) n = sizeof p->comm - 1;
  memcpy(p->comm, open + 1, n);
  p->comm[n] = 0;
  /* Fields 3.. (proc(5)): state ppid pgrp session tty_nr tpgid flags
   * minflt cminflt majflt cmajflt utime stime cutime cstime priority nice
   * num_threads itrealvalue starttime vsize rss */
  if (sscanf(close + 2, "%c %d %d %d %d %d %lu %*u %*u %*u %*u %llu %llu %*d %*d %d %d %d %*d %llu %llu %ld",
             &p->state, &p->ppid, &p->pgrp, &p->session, &p->tty_nr, &p->tpgid, &p->flags, &p->utime,
             &p->stime, &p->priority, &p->nice, &p->nlwp, &p->starttime, &p->vsize, &p->rss) != 15)
    return -1;
  return 0;
}

static char *read_cmdline(const char *dir) {
  char path[96], buf[4096];
  int len, i;
  snprintf(path, sizeof path, "%s/cmdline", dir);
  len = read_file(path, buf, sizeof buf);
  if (len < 0) len = 0;
  while (len > 0 && buf[len - 1] == 0) len--;
  for (i = 0; i < len; i++)
    if (buf[i] == 0 || buf[i] == '\n' || buf[i] == '\t') buf[i] = ' ';
  buf[len] = 0;
  return strdup(buf);
}

static int read_uid(const char *dir) {
  char path[96], buf[2048];
  const char *line;
  snprintf(path, sizeof path, "%s/status", dir);
  if (read_file(path, buf, sizeof buf) < 0) return 0;
  line = strstr(buf, "\nUid:");
  return line ? atoi(line + 5) : 0;
}

/* Reads the process or thread whose files are in `dir`. */
static int read_dir(const char *dir, int pid, int tid, struct proc *p) {
  char path[96], buf[1024];
  memset(p, 0, sizeof *p);
  p->pid = pid;
  p->tid = tid;
  snprintf(path, sizeof path, "%s/stat", dir);
  if (read_file(path, buf, sizeof buf) <= 0 || parse_stat(buf, p) != 0) return -1;
  p->uid = read_uid(dir);
  p->cmdline = read_cmdline(dir);
  snprintf(path, sizeof path, "%s/wchan", dir);
  if (read_file(path, p->wchan, sizeof p->wchan) < 0) strcpy(p->wchan, "0");
  return 0;
}

int proc_read(int pid, struct proc *p) {
  char dir[64];
  snprintf(dir, sizeof dir, "/proc/%d", pid);
  return read_dir(dir, pid, pid, p);
}

static int compare_pids(const void *a, const void *b) {
  const struct proc *x = a, *y = b;
  return x->pid != y->pid ? x->pid - y->pid : x->tid - y->tid;
}

struct proc *proc_read_threads(int pid, int *n) {
  char dir[64];
  DIR *d;
  struct dirent *e;
  struct proc *threads = NULL;
  int count = 0, cap = 0;
  *n = 0;
  snprintf(dir, sizeof dir, "/proc/%d/task", pid);
  if (!(d = opendir(dir))) return NULL;
  while ((e = readdir(d)) != NULL) {
    char *end, tdir[96];
    long tid = strtol(e->d_name, &end, 10);
    if (*end || tid <= 0) continue;
    if (count == cap) {
      cap = cap ? cap * 2 : 8;
      threads = realloc(threads, sizeof(struct proc) * (size_t)cap);
    }
    snprintf(tdir, sizeof tdir, "/proc/%d/task/%ld", pid, tid);
    if (read_dir(tdir, pid, (int)tid, &threads[count]) == 0) {
      threads[count].pid = pid; /* a thread's stat starts with its tid */
      count++;
    }
  }
  closedir(d);
  qsort(threads, (size_t)count, sizeof(struct proc), compare_pids);
  *n = count;
  return threads;
}

struct proc *proc_read_all(int *n) {
  DIR *d = opendir("/proc");
  struct dirent *e;
  struct proc *procs = NULL;
  int count = 0, cap = 0;
  *n = 0;
  if (!d) return NULL;
  while ((e = readdir(d)) != NULL) {
    char *end;
    long pid = strtol(e->d_name, &end, 10);
    if (*end || pid <= 0) continue;
    if (count == cap) {
      cap = cap ? cap * 2 : 64;
      procs = realloc(procs, sizeof(struct proc) * (size_t)cap);
    }
    /* A process may exit between readdir and open: skip it then. */
    if (proc_read((int)pid, &procs[count]) == 0) count++;
  }
  closedir(d);
  qsort(procs, (size_t)count, sizeof(struct proc), compare_pids);
  *n = count;
  return procs;
}

void proc_free_all(struct proc *procs, int n) {
  int i;
  for (i = 0; i < n; i++) free(procs[i].cmdline);
  free(procs);
}

/* Linux's device numbers (Documentation/admin-guide/devices.txt): major 4
 * is tty0-63 then ttyS, 136-143 the pseudo-terminals, 5:1 the console. */
void proc_tty_name(int tty_nr, char *out, unsigned long size) {
  unsigned major = ((unsigned)tty_nr >> 8) & 0xfff;
  unsigned minor = ((unsigned)tty_nr & 0xff) | (((unsigned)tty_nr >> 12) & 0xfff00);
  if (tty_nr == 0) snprintf(out, size, "?");
  else if (major >= 136 && major <= 143) snprintf(out, size, "pts/%u", minor + (major - 136) * 256);
  else if (major == 4 && minor < 64) snprintf(out, size, "tty%u", minor);
  else if (major == 4) snprintf(out, size, "ttyS%u", minor - 64);
  else if (major == 5 && minor == 1) snprintf(out, size, "console");
  else snprintf(out, size, "?");
}
