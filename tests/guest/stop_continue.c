/* Job control seen from the parent: SIGTSTP stops a child (wait with
 * WUNTRACED reports WIFSTOPPED, once), SIGCONT continues it (WCONTINUED
 * reports WIFCONTINUED), SIGCHLD says CLD_STOPPED and CLD_CONTINUED, and
 * waitid(WSTOPPED) sees a SIGSTOP. (SA_NOCLDSTOP is in
 * tests/kernel/guest/sigchld_flags.c: qemu-user ignores it.) */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t chld_calls, last_code, last_status;

static void on_chld(int sig, siginfo_t *si, void *ctx) {
  (void)sig, (void)ctx;
  chld_calls++;
  last_code = si->si_code;
  last_status = si->si_status;
}

static void catch_chld(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_chld;
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigaction(SIGCHLD, &sa, 0);
}

static char state_of(pid_t pid) {
  char path[32], buf[256], *paren;
  FILE *f;
  snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
  f = fopen(path, "r");
  if (!f) return '?';
  buf[fread(buf, 1, sizeof buf - 1, f)] = 0;
  fclose(f);
  paren = strrchr(buf, ')');
  return paren ? paren[2] : '?';
}

/* SIGCHLD is blocked around each step; this lets the one the step sent
 * in (under qemu it may come a little after wait returned). */
static void take_sigchld(void) {
  sigset_t none;
  sigemptyset(&none);
  sigsuspend(&none);
}

int main(void) {
  int status;
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, 0);
  catch_chld();
  pid_t pid = fork();
  if (pid == 0) {
    for (;;) pause();
  }

  kill(pid, SIGTSTP);
  pid_t r = waitpid(pid, &status, WUNTRACED);
  printf("stopped: %d WIFSTOPPED %d WSTOPSIG is SIGTSTP %d, state %c\n", r == pid, WIFSTOPPED(status),
         WSTOPSIG(status) == SIGTSTP, state_of(pid));
  take_sigchld();
  printf("SIGCHLD said CLD_STOPPED: %d (status SIGTSTP %d)\n", last_code == CLD_STOPPED,
         last_status == SIGTSTP);
  printf("reported once: %d\n", (int)waitpid(pid, &status, WUNTRACED | WNOHANG));

  kill(pid, SIGCONT);
  r = waitpid(pid, &status, WCONTINUED);
  take_sigchld();
  printf("continued: %d WIFCONTINUED %d, SIGCHLD said CLD_CONTINUED %d\n", r == pid, WIFCONTINUED(status),
         last_code == CLD_CONTINUED);

  kill(pid, SIGSTOP);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  waitid(P_PID, pid, &si, WSTOPPED);
  printf("waitid: CLD_STOPPED %d by SIGSTOP %d\n", si.si_code == CLD_STOPPED, si.si_status == SIGSTOP);

  kill(pid, SIGKILL);  /* ends a stopped process too */
  r = waitpid(pid, &status, 0);
  printf("killed: %d WTERMSIG is SIGKILL %d\n", r == pid, WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  return 0;
}
