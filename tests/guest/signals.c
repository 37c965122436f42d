/* Handlers run and return, SIGCHLD arrives, masks hold signals back,
 * alarm + pause, SA_SIGINFO, siglongjmp out of a handler. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t usr1_count, chld_count, alarm_count, info_pid;
static sigjmp_buf jump;

static void on_usr1(int sig) { usr1_count++; }
static void on_chld(int sig) { chld_count++; }
static void on_alarm(int sig) { alarm_count++; }
static void on_info(int sig, siginfo_t *si, void *ctx) { info_pid = si->si_pid; }
static void on_segv(int sig) { siglongjmp(jump, 1); }

int main(void) {
  signal(SIGUSR1, on_usr1);
  raise(SIGUSR1);
  kill(getpid(), SIGUSR1);
  printf("SIGUSR1 handled %d times\n", usr1_count);

  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, &old);
  raise(SIGUSR1);
  sigset_t pending;
  sigpending(&pending);
  printf("blocked: count %d, pending %d\n", usr1_count, sigismember(&pending, SIGUSR1));
  sigprocmask(SIG_SETMASK, &old, 0);
  printf("unblocked: count %d\n", usr1_count);

  signal(SIGCHLD, on_chld);
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  int status;
  while (waitpid(pid, &status, 0) < 0) {}
  printf("SIGCHLD received: %d\n", chld_count >= 1);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_info;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGUSR2, &sa, 0);
  kill(getpid(), SIGUSR2);
  printf("si_pid is our pid: %d\n", info_pid == getpid());

  signal(SIGALRM, on_alarm);
  alarm(1);
  pause();
  printf("alarm then pause: %d\n", alarm_count);

  signal(SIGSEGV, on_segv);
  if (sigsetjmp(jump, 1) == 0) {
    volatile int *bad = (int *)16;
    *bad = 1;
    printf("not reached\n");
  } else {
    printf("came back from SIGSEGV by siglongjmp\n");
  }

  struct sigaction cur;
  sigaction(SIGUSR1, 0, &cur);
  printf("SIGUSR1 handler kept: %d, SIG_IGN works: %d\n", cur.sa_handler == on_usr1,
         signal(SIGUSR2, SIG_IGN) != SIG_ERR && raise(SIGUSR2) == 0);

  jmp_buf env;
  volatile int steps = 0;
  if (setjmp(env) < 3) {
    steps++;
    longjmp(env, steps);
  }
  printf("setjmp/longjmp loops: %d\n", steps);
  return 0;
}
