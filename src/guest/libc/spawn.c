/* posix_spawn: fork, apply the file actions and attributes in the child,
 * exec. A close-on-exec pipe carries the child's errno back if anything
 * fails before the exec, so the parent can return it (POSIX lets spawn
 * report such errors either way; returning them is the friendlier). */
#include "internal.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { ACTION_OPEN, ACTION_CLOSE, ACTION_DUP2 };

struct posix_spawn_action {
  int kind;
  int fd, newfd, flags;
  mode_t mode;
  char *path;
};

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa) {
  memset(fa, 0, sizeof *fa);
  return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa) {
  for (int i = 0; i < fa->count; i++) free(fa->actions[i].path);
  free(fa->actions);
  memset(fa, 0, sizeof *fa);
  return 0;
}

static struct posix_spawn_action *add_action(posix_spawn_file_actions_t *fa, int kind) {
  if (fa->count == fa->capacity) {
    int cap = fa->capacity ? fa->capacity * 2 : 4;
    struct posix_spawn_action *a = realloc(fa->actions, (size_t)cap * sizeof *a);
    if (!a) return 0;
    fa->actions = a;
    fa->capacity = cap;
  }
  struct posix_spawn_action *a = &fa->actions[fa->count++];
  memset(a, 0, sizeof *a);
  a->kind = kind;
  return a;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *fa, int fd, const char *path,
                                     int flags, mode_t mode) {
  char *copy = strdup(path);
  struct posix_spawn_action *a = copy ? add_action(fa, ACTION_OPEN) : 0;
  if (!a) {
    free(copy);
    return ENOMEM;
  }
  a->fd = fd;
  a->path = copy;
  a->flags = flags;
  a->mode = mode;
  return 0;
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd) {
  struct posix_spawn_action *a = add_action(fa, ACTION_CLOSE);
  if (!a) return ENOMEM;
  a->fd = fd;
  return 0;
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int fd, int newfd) {
  struct posix_spawn_action *a = add_action(fa, ACTION_DUP2);
  if (!a) return ENOMEM;
  a->fd = fd;
  a->newfd = newfd;
  return 0;
}

int posix_spawnattr_init(posix_spawnattr_t *attr) {
  memset(attr, 0, sizeof *attr);
  return 0;
}
int posix_spawnattr_destroy(posix_spawnattr_t *attr) { return 0; }
int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags) {
  attr->flags = flags;
  return 0;
}
int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgroup) {
  attr->pgroup = pgroup;
  return 0;
}
int posix_spawnattr_setsigmask(posix_spawnattr_t *attr, const sigset_t *mask) {
  attr->sigmask = *mask;
  return 0;
}
int posix_spawnattr_setsigdefault(posix_spawnattr_t *attr, const sigset_t *set) {
  attr->sigdefault = *set;
  return 0;
}

/* In the child: returns only on failure, with errno set. */
static void child_setup(const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr) {
  for (int i = 0; fa && i < fa->count; i++) {
    const struct posix_spawn_action *a = &fa->actions[i];
    if (a->kind == ACTION_CLOSE) {
      if (close(a->fd) < 0) return;
    } else if (a->kind == ACTION_DUP2) {
      if (dup2(a->fd, a->newfd) < 0) return;
    } else {
      int fd = open(a->path, a->flags, a->mode);
      if (fd < 0) return;
      if (fd != a->fd) {
        if (dup2(fd, a->fd) < 0) return;
        close(fd);
      }
    }
  }
  if (!attr) {
    errno = 0;
    return;
  }
  if ((attr->flags & POSIX_SPAWN_SETPGROUP) && setpgid(0, attr->pgroup) < 0) return;
  if (attr->flags & POSIX_SPAWN_SETSIGDEF)
    for (int sig = 1; sig < NSIG; sig++)
      if (sigismember(&attr->sigdefault, sig) == 1) signal(sig, SIG_DFL);
  if ((attr->flags & POSIX_SPAWN_SETSIGMASK) && sigprocmask(SIG_SETMASK, &attr->sigmask, 0) < 0)
    return;
  errno = 0;
}

static int spawn(pid_t *pid_out, const char *file, const posix_spawn_file_actions_t *fa,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[],
                 int use_path) {
  int report[2];
  if (pipe2(report, O_CLOEXEC) < 0) return errno;
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close(report[0]);
    close(report[1]);
    return e;
  }
  if (pid == 0) {
    close(report[0]);
    child_setup(fa, attr);
    if (errno == 0) {
      if (use_path) execvpe(file, argv, envp);
      else execve(file, argv, envp);
    }
    int e = errno;
    write(report[1], &e, sizeof e);
    _exit(127);
  }
  close(report[1]);
  int e = 0;
  ssize_t n = read(report[0], &e, sizeof e);
  close(report[0]);
  if (n == (ssize_t)sizeof e) { /* the exec never happened: reap, report */
    waitpid(pid, 0, 0);
    return e;
  }
  if (pid_out) *pid_out = pid;
  return 0;
}

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
                const posix_spawnattr_t *attr, char *const argv[], char *const envp[]) {
  return spawn(pid, path, fa, attr, argv, envp, 0);
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
                 const posix_spawnattr_t *attr, char *const argv[], char *const envp[]) {
  return spawn(pid, file, fa, attr, argv, envp, 1);
}
