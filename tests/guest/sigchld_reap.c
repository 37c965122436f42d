/* A SIGCHLD handler that reaps: it loops on waitpid(-1, ..., WNOHANG)
 * because several children may end while one SIGCHLD is pending (signals
 * do not queue). Three children are reaped by the handler; then wait says
 * ECHILD: no child is left. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t reaped, exit_sum;

static void on_chld(int sig) {
  int saved = errno, status;
  pid_t pid;
  (void)sig;
  while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
    reaped++;
    exit_sum += WEXITSTATUS(status);
  }
  errno = saved;
}

int main(void) {
  struct sigaction sa;
  sigset_t block, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_chld;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGCHLD, &sa, 0);

  /* Block SIGCHLD while forking, then wait for it with sigsuspend: no
   * child can end unseen between the check and the sleep. */
  sigemptyset(&block);
  sigaddset(&block, SIGCHLD);
  sigprocmask(SIG_BLOCK, &block, &old);
  for (int i = 1; i <= 3; i++) {
    if (fork() == 0) _exit(i);
  }
  while (reaped < 3) sigsuspend(&old);
  sigprocmask(SIG_SETMASK, &old, 0);

  printf("handler reaped %d children, exit codes add up to %d\n", reaped, exit_sum);
  errno = 0;
  pid_t r = waitpid(-1, 0, 0);
  printf("then waitpid: %d, ECHILD: %d\n", (int)r, errno == ECHILD);
  return 0;
}
