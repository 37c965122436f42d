/* errno, the syscall result convention, strerror and strsignal. */
#include "internal.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int errno;

long __syscall_fail(long err) {
  errno = (int)err;
  return -1;
}

long __syscall_ret(unsigned long r) {
  if (r > -4096UL) return __syscall_fail(-(long)r);
  return (long)r;
}

char *strerror(int e) {
  static char unknown[32];
  switch (e) {
    case 0: return (char *)"Success";
#define X(name, msg) case ABI_##name: return (char *)msg;
    ABI_ERRNO_LIST(X)
#undef X
  }
  snprintf(unknown, sizeof unknown, "Unknown error %d", e);
  return unknown;
}

const char *const sys_siglist[] = {
    0,
#define X(name, desc) desc,
    ABI_SIGNAL_LIST(X)
#undef X
};

char *strsignal(int sig) {
  static char unknown[40];
  if (sig > 0 && sig < (int)(sizeof sys_siglist / sizeof sys_siglist[0]))
    return (char *)sys_siglist[sig];
  if (sig >= ABI_SIGRTMIN && sig <= ABI_NSIG)
    snprintf(unknown, sizeof unknown, "Real-time signal %d", sig - ABI_SIGRTMIN);
  else
    snprintf(unknown, sizeof unknown, "Unknown signal %d", sig);
  return unknown;
}

void perror(const char *msg) {
  const char *e = strerror(errno);
  if (msg && *msg)
    fprintf(stderr, "%s: %s\n", msg, e);
  else
    fprintf(stderr, "%s\n", e);
}

void __assert_fail(const char *expr, const char *file, int line, const char *func) {
  fprintf(stderr, "%s:%d: %s: Assertion `%s' failed.\n", file, line, func, expr);
  abort();
}
