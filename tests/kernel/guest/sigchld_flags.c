/* SIGCHLD's flags (sigaction(2)). With SIGCHLD ignored (SIG_IGN) or
 * SA_NOCLDWAIT, an ended child is reaped at once: it never becomes a
 * zombie, wait finds no child (ECHILD), and /proc has no entry for it.
 * With SA_NOCLDSTOP a child's stop sends no SIGCHLD (wait still sees it).
 * (Our kernel only: qemu-user does not pass these flags to the host.) */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t chld_calls;

static void on_chld(int sig) {
  (void)sig;
  chld_calls++;
}

static void try_one(const char *how) {
  char path[32];
  pid_t pid = fork();
  if (pid == 0) _exit(7);
  /* wait blocks until the child is gone, then fails: it was never a zombie */
  errno = 0;
  pid_t r = wait(0);
  snprintf(path, sizeof path, "/proc/%d", (int)pid);
  printf("%s: wait %d ECHILD %d, /proc entry gone %d\n", how, (int)r, errno == ECHILD,
         access(path, F_OK) != 0);
}

int main(void) {
  struct sigaction sa;
  signal(SIGCHLD, SIG_IGN);
  try_one("SIG_IGN");

  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_chld;
  sa.sa_flags = SA_NOCLDWAIT;
  sigaction(SIGCHLD, &sa, 0);
  try_one("SA_NOCLDWAIT");

  /* Back to the default: the child waits as a zombie for us. */
  signal(SIGCHLD, SIG_DFL);
  pid_t pid = fork();
  if (pid == 0) _exit(7);
  int status = 0;
  pid_t r = waitpid(pid, &status, 0);
  printf("SIG_DFL: waitpid found it %d, exit %d\n", r == pid, WEXITSTATUS(status));

  sa.sa_flags = SA_NOCLDSTOP;
  sigaction(SIGCHLD, &sa, 0);
  chld_calls = 0;
  pid = fork();
  if (pid == 0) {
    for (;;) pause();
  }
  kill(pid, SIGSTOP);
  r = waitpid(pid, &status, WUNTRACED);
  printf("SA_NOCLDSTOP: stop seen by wait %d, SIGCHLD sent %d\n", r == pid && WIFSTOPPED(status), chld_calls);
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  printf("its death still sends SIGCHLD: %d\n", chld_calls);
  return 0;
}
