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

/* Count the list arguments (up to the NULL) so the vector fits exactly. */
static int count_args(const char *arg0, va_list ap) {
  int n = 1;
  if (!arg0) return 0;
  while (va_arg(ap, char *)) n++;
  return n;
}

static void fill_args(char **argv, const char *arg0, va_list ap, int n) {
  argv[0] = (char *)arg0;
  for (int i = 1; i <= n; i++) argv[i] = va_arg(ap, char *);
}

int execl(const char *path, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int n = count_args(arg, ap);
  va_end(ap);
  char *argv[n + 1];
  va_start(ap, arg);
  fill_args(argv, arg, ap, n);
  va_end(ap);
  argv[n] = 0;
  return execve(path, argv, environ);
}

int execlp(const char *file, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int n = count_args(arg, ap);
  va_end(ap);
  char *argv[n + 1];
  va_start(ap, arg);
  fill_args(argv, arg, ap, n);
  va_end(ap);
  argv[n] = 0;
  return execvp(file, argv);
}

/* execle: the environment pointer follows the NULL that ends the list. */
int execle(const char *path, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int n = count_args(arg, ap);
  va_end(ap);
  char *argv[n + 1];
  va_start(ap, arg);
  fill_args(argv, arg, ap, n);
  va_end(ap);
  /* fill_args consumed its own copy of ap: walk past the n list arguments
   * (the NULL included) again to reach envp. */
  va_start(ap, arg);
  for (int i = 0; i < n; i++) (void)va_arg(ap, char *);
  char **envp = va_arg(ap, char **);
  va_end(ap);
  argv[n] = 0;
  return execve(path, argv, envp);
}
