/* posix_spawn with file actions, spawn errors, and clone: a thread that
 * shares memory (waited for through CLONE_CHILD_CLEARTID + futex), and a
 * process-like clone(SIGCHLD) that gets a copy. */
#include <abi/syscall.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static int shared = 1;
static volatile int thread_tid = -1;
static char stack1[16384], stack2[16384];

static int thread_main(void *arg) {
  shared += *(int *)arg;
  return 0;
}

static int child_main(void *arg) {
  shared = 1000; /* a copy: the parent keeps its value */
  return 21;
}

int main(void) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "spawn_clone.tmp", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  char *argv[] = {"target", "spawned", 0};
  pid_t pid;
  int r = posix_spawn(&pid, "./exec_target.sh", &fa, 0, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  int status;
  waitpid(pid, &status, 0);
  char buf[128] = {0};
  int fd = open("spawn_clone.tmp", O_RDONLY);
  read(fd, buf, sizeof buf - 1);
  close(fd);
  unlink("spawn_clone.tmp");
  printf("spawn %d, status %d, wrote: %s", r, WEXITSTATUS(status), buf);
  r = posix_spawnp(&pid, "no-such-program-anywhere", 0, 0, argv, environ);
  printf("spawn of a missing program: %s\n", strerror(r));

  int add = 41;
  int flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
              CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
  int tid = clone(thread_main, stack1 + sizeof stack1, flags, &add, &thread_tid, 0, &thread_tid);
  /* the kernel zeroes thread_tid and wakes the futex when the thread ends */
  while (thread_tid != 0) syscall(ABI_SYS_futex_time64, &thread_tid, 0 /* WAIT */, thread_tid, 0);
  printf("thread %d: shared is now %d\n", tid > 0, shared);

  pid = clone(child_main, stack2 + sizeof stack2, SIGCHLD, 0);
  waitpid(pid, &status, 0);
  printf("clone(SIGCHLD) child status %d, shared still %d\n", WEXITSTATUS(status), shared);
  printf("clone without a stack: %d %s\n", clone(child_main, 0, SIGCHLD, 0), strerror(errno));
  return 0;
}
