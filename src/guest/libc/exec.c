/* The exec family: execve is the one system call; the other five build
 * its arguments (l = list, v = vector, p = search PATH, e = environment). */
#include "internal.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int execve(const char *path, char *const argv[], char *const envp[]) {
  return __syscall_ret(__syscall3(SYS(execve), (long)path, (long)argv, (long)envp));
}

int execv(const char *path, char *const argv[]) { return execve(path, argv, environ); }

/* PATH search as POSIX describes it: a name with a slash is used as is;
 * otherwise try each PATH entry in order ("" means the current directory),
 * remember EACCES, give up on errors other than "not here". */
int execvpe(const char *file, char *const argv[], char *const envp[]) {
  if (!*file) return __syscall_fail(ENOENT);
  if (strchr(file, '/')) return execve(file, argv, envp);
  const char *path = getenv("PATH");
  if (!path) path = "/bin:/usr/bin";
  size_t flen = strlen(file);
  int saw_eacces = 0;
  for (const char *p = path;; p++) {
    const char *end = strchr(p, ':');
    if (!end) end = p + strlen(p);
    size_t dlen = (size_t)(end - p);
    char buf[4096];
    if (dlen + flen + 2 <= sizeof buf) {
      memcpy(buf, p, dlen);
      if (dlen) buf[dlen++] = '/';
      memcpy(buf + dlen, file, flen + 1);
      execve(buf, argv, envp);
      if (errno == EACCES) saw_eacces = 1;
      else if (errno != ENOENT && errno != ENOTDIR) return -1;
    }
    if (!*end) break;
    p = end;
  }
  if (saw_eacces) errno = EACCES;
  return -1;
}

int execvp(const char *file, char *const argv[]) { return execvpe(file, argv, environ); }

/* The l functions: turn the argument list (ending in NULL, then envp for
 * execle) into a vector and hand it to execve or the PATH search. */
enum { LIST_PLAIN, LIST_PATH, LIST_ENV };

static int exec_list(const char *file, const char *arg0, va_list ap, int kind) {
  int n = 0;
  if (arg0) {
    va_list count;
    va_copy(count, ap);
    for (n = 1; va_arg(count, char *); n++) {}
    va_end(count);
  }
  char *argv[n + 1];
  argv[0] = (char *)arg0;
  for (int i = 1; i < n; i++) argv[i] = va_arg(ap, char *);
  argv[n] = 0;
  if (n > 0) (void)va_arg(ap, char *); /* the NULL that ends the list */
  char **envp = kind == LIST_ENV ? va_arg(ap, char **) : environ;
  return kind == LIST_PATH ? execvpe(file, argv, envp) : execve(file, argv, envp);
}

int execl(const char *path, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int r = exec_list(path, arg, ap, LIST_PLAIN);
  va_end(ap);
  return r;
}

int execlp(const char *file, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int r = exec_list(file, arg, ap, LIST_PATH);
  va_end(ap);
  return r;
}

int execle(const char *path, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int r = exec_list(path, arg, ap, LIST_ENV);
  va_end(ap);
  return r;
}
