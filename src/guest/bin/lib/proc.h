/* Reading processes from /proc, for ps and pstree. The kernel writes
 * Linux's proc(5) formats, so these readers work on Linux as well. */
#ifndef FORKLAB_PROC_H
#define FORKLAB_PROC_H

struct proc {
  int pid, ppid, pgrp, session, tty_nr, tpgid;
  int tid;                     /* the thread (LWP); == pid for a process */
  char state;                  /* R S D T Z */
  char comm[64];               /* the name in parentheses in stat */
  unsigned long flags;
  unsigned long long utime, stime;      /* clock ticks (100 a second) */
  unsigned long long starttime;         /* ticks after boot */
  unsigned long long vsize;             /* bytes */
  long rss;                             /* pages */
  int priority, nice, nlwp;
  int uid;                     /* from status's Uid: line */
  char *cmdline;               /* argv joined by spaces; "" for zombies */
  char wchan[64];              /* "0" when running */
};

/* Reads /proc/PID; returns 0, or -1 if the process is gone. */
int proc_read(int pid, struct proc *p);

/* Every process listed in /proc, sorted by pid; *n gets the count. */
struct proc *proc_read_all(int *n);
void proc_free_all(struct proc *procs, int n);

/* The threads of process `pid` (/proc/PID/task), sorted by tid. */
struct proc *proc_read_threads(int pid, int *n);

/* "pts/0", "tty1", "?" for a stat tty_nr. */
void proc_tty_name(int tty_nr, char *out, unsigned long size);

#endif
