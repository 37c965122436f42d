#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <bits/types.h>
#include <time.h>

struct timeval {
  time_t tv_sec;
  long tv_usec;
  long pad_;
};
struct itimerval {
  struct timeval it_interval;
  struct timeval it_value;
};
struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};
#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2

int gettimeofday(struct timeval *tv, void *tz);
int setitimer(int which, const struct itimerval *val, struct itimerval *old);
int getitimer(int which, struct itimerval *val);
#endif
