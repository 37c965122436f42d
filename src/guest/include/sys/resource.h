#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H
#include <bits/types.h>
#include <sys/time.h>
#include <abi/process.h>

typedef unsigned long long rlim_t;
struct rlimit {
  rlim_t rlim_cur;
  rlim_t rlim_max;
};
#define RLIM_INFINITY ABI_RLIM64_INFINITY
#define RLIMIT_CPU ABI_RLIMIT_CPU
#define RLIMIT_FSIZE ABI_RLIMIT_FSIZE
#define RLIMIT_DATA ABI_RLIMIT_DATA
#define RLIMIT_STACK ABI_RLIMIT_STACK
#define RLIMIT_CORE ABI_RLIMIT_CORE
#define RLIMIT_RSS ABI_RLIMIT_RSS
#define RLIMIT_NPROC ABI_RLIMIT_NPROC
#define RLIMIT_NOFILE ABI_RLIMIT_NOFILE
#define RLIMIT_MEMLOCK ABI_RLIMIT_MEMLOCK
#define RLIMIT_AS ABI_RLIMIT_AS
#define RLIMIT_NLIMITS ABI_RLIM_NLIMITS
#define PRIO_PROCESS ABI_PRIO_PROCESS
#define PRIO_PGRP ABI_PRIO_PGRP
#define PRIO_USER ABI_PRIO_USER
#define RUSAGE_SELF ABI_RUSAGE_SELF
#define RUSAGE_CHILDREN ABI_RUSAGE_CHILDREN

struct rusage {
  struct timeval ru_utime;
  struct timeval ru_stime;
  long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, ru_minflt, ru_majflt, ru_nswap,
      ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};

int getrlimit(int resource, struct rlimit *rl);
int setrlimit(int resource, const struct rlimit *rl);
int prlimit(pid_t pid, int resource, const struct rlimit *new_rl, struct rlimit *old);
int getrusage(int who, struct rusage *ru);
int getpriority(int which, id_t who);
int setpriority(int which, id_t who, int prio);
#endif
