/* What a signal disposition becomes across execve (POSIX, SPEC §4.2): a
 * handler is reset to SIG_DFL (its code is gone with the old image), SIG_IGN
 * stays ignored, and the blocked mask and the pending set are kept. The
 * program execs itself and looks. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got_quit;

static void on_usr1(int sig) { (void)sig; }
static void on_quit(int sig) { (void)sig; got_quit = 1; }

static int handler_is(int sig, void (*h)(int)) {
  struct sigaction sa;
  sigaction(sig, 0, &sa);
  return sa.sa_handler == h;
}

int main(int argc, char **argv) {
  sigset_t set;
  if (argc > 1) {
    printf("after exec: SIGUSR1 handler reset to SIG_DFL %d, SIGUSR2 still SIG_IGN %d\n",
           handler_is(SIGUSR1, SIG_DFL), handler_is(SIGUSR2, SIG_IGN));
    sigprocmask(SIG_BLOCK, 0, &set);
    printf("mask kept: SIGTERM %d SIGQUIT %d, SIGUSR1 not in it %d\n", sigismember(&set, SIGTERM),
           sigismember(&set, SIGQUIT), !sigismember(&set, SIGUSR1));
    sigpending(&set);
    printf("SIGQUIT still pending: %d\n", sigismember(&set, SIGQUIT));
    signal(SIGQUIT, on_quit);
    sigemptyset(&set);
    sigaddset(&set, SIGQUIT);
    sigprocmask(SIG_UNBLOCK, &set, 0);
    printf("delivered once unblocked: %d\n", got_quit);
    return 0;
  }
  signal(SIGUSR1, on_usr1);
  signal(SIGUSR2, SIG_IGN);
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGQUIT);
  sigprocmask(SIG_BLOCK, &set, 0);
  kill(getpid(), SIGQUIT);
  printf("before exec: SIGUSR1 handled %d, SIGUSR2 ignored %d\n", handler_is(SIGUSR1, on_usr1),
         handler_is(SIGUSR2, SIG_IGN));
  fflush(stdout);
  execl(argv[0], argv[0], "after", (char *)0);
  perror("execl");
  return 1;
}
