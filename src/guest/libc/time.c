/* Time over the 64-bit-time calls (rv32 has no clock_gettime/nanosleep). */
#include "internal.h"
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* Copy into the kernel layout: struct timespec's pad_ may hold garbage and
 * the kernel reads tv_nsec as 64 bits. */
static void ts_to_abi(struct abi_timespec64 *k, const struct timespec *ts) {
  k->tv_sec = ts->tv_sec;
  k->tv_nsec = ts->tv_nsec;
}

static void ts_from_abi(struct timespec *ts, const struct abi_timespec64 *k) {
  ts->tv_sec = k->tv_sec;
  ts->tv_nsec = (long)k->tv_nsec;
  ts->pad_ = 0;
}

int clock_gettime(clockid_t id, struct timespec *ts) {
  struct abi_timespec64 k;
  long r = __syscall2(SYS(clock_gettime64), id, (long)&k);
  if (r == 0) ts_from_abi(ts, &k);
  return __syscall_ret(r);
}

int clock_getres(clockid_t id, struct timespec *ts) {
  struct abi_timespec64 k;
  long r = __syscall2(SYS(clock_getres_time64), id, (long)&k);
  if (r == 0 && ts) ts_from_abi(ts, &k);
  return __syscall_ret(r);
}

/* Returns the error number itself, as POSIX says clock_nanosleep does. */
int clock_nanosleep(clockid_t id, int flags, const struct timespec *req, struct timespec *rem) {
  struct abi_timespec64 kreq, krem;
  ts_to_abi(&kreq, req);
  long r = __syscall4(SYS(clock_nanosleep_time64), id, flags, (long)&kreq, rem ? (long)&krem : 0);
  if (r == -EINTR && rem) ts_from_abi(rem, &krem);
  return (int)-r;
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
  int e = clock_nanosleep(CLOCK_REALTIME, 0, req, rem);
  return e ? __syscall_fail(e) : 0;
}

unsigned sleep(unsigned seconds) {
  struct timespec ts = {seconds, 0, 0};
  if (nanosleep(&ts, &ts) < 0) return (unsigned)ts.tv_sec + (ts.tv_nsec ? 1 : 0);
  return 0;
}

int usleep(useconds_t usec) {
  struct timespec ts = {usec / 1000000, (long)(usec % 1000000) * 1000, 0};
  return nanosleep(&ts, 0);
}

time_t time(time_t *t) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  if (t) *t = ts.tv_sec;
  return ts.tv_sec;
}

int gettimeofday(struct timeval *tv, void *tz) {
  struct timespec ts;
  if (clock_gettime(CLOCK_REALTIME, &ts) < 0) return -1;
  tv->tv_sec = ts.tv_sec;
  tv->tv_usec = ts.tv_nsec / 1000;
  tv->pad_ = 0;
  return 0;
}

clock_t clock(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) < 0) return -1;
  return (clock_t)(ts.tv_sec * 1000000 + ts.tv_nsec / 1000);
}

double difftime(time_t a, time_t b) { return (double)(a - b); }

/* Calendar conversion in UTC (ForkLab has no time zones). Days from civil
 * date, after Howard Hinnant's public-domain algorithm. */
struct tm *gmtime_r(const time_t *t, struct tm *tm) {
  long long secs = *t;
  long long days = secs / 86400;
  long rem = (long)(secs % 86400);
  if (rem < 0) {
    rem += 86400;
    days--;
  }
  tm->tm_hour = rem / 3600;
  tm->tm_min = rem % 3600 / 60;
  tm->tm_sec = rem % 60;
  tm->tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = (long)(z - era * 146097);
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) y++;
  tm->tm_year = (int)(y - 1900);
  tm->tm_mon = m - 1;
  tm->tm_mday = d;
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  static const short before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  tm->tm_yday = before[m - 1] + d - 1 + (leap && m > 2);
  tm->tm_isdst = 0;
  tm->tm_gmtoff = 0;
  tm->tm_zone = "UTC";
  return tm;
}

struct tm *gmtime(const time_t *t) {
  static struct tm tm;
  return gmtime_r(t, &tm);
}
struct tm *localtime_r(const time_t *t, struct tm *tm) { return gmtime_r(t, tm); }
struct tm *localtime(const time_t *t) { return gmtime(t); }

time_t mktime(struct tm *tm) {
  long long y = tm->tm_year + 1900LL + tm->tm_mon / 12;
  int m = tm->tm_mon % 12;
  if (m < 0) {
    m += 12;
    y--;
  }
  m += 1;
  if (m <= 2) y--;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = (long)(y - era * 400);
  long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + tm->tm_mday - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long long days = era * 146097 + doe - 719468;
  time_t t = days * 86400 + tm->tm_hour * 3600 + tm->tm_min * 60 + tm->tm_sec;
  gmtime_r(&t, tm);
  return t;
}

static const char wday_names[] = "SunMonTueWedThuFriSat";
static const char mon_names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

int snprintf(char *s, size_t n, const char *fmt, ...);

char *asctime(const struct tm *tm) {
  static char buf[32];
  snprintf(buf, sizeof buf, "%.3s %.3s%3d %02d:%02d:%02d %d\n", wday_names + 3 * tm->tm_wday,
           mon_names + 3 * tm->tm_mon, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
           1900 + tm->tm_year);
  return buf;
}

char *ctime(const time_t *t) { return asctime(gmtime(t)); }
