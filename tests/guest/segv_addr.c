/* A SIGSEGV handler installed with SA_SIGINFO learns the faulting address
 * (si_addr) and the reason (si_code: SEGV_MAPERR, nothing mapped there);
 * it leaves with siglongjmp. The default action then kills with SIGSEGV. */
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static sigjmp_buf back;
static void *volatile fault_addr;
static volatile int fault_code;

static void on_segv(int sig, siginfo_t *si, void *ctx) {
  (void)sig, (void)ctx;
  fault_addr = si->si_addr;
  fault_code = si->si_code;
  siglongjmp(back, 1);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, 0);

  volatile int *bad = (int *)0x1230;
  if (sigsetjmp(back, 1) == 0) {
    *bad = 42;
    printf("not reached\n");
  }
  printf("si_addr 0x1230: %d, SEGV_MAPERR: %d\n", fault_addr == (void *)0x1230, fault_code == SEGV_MAPERR);
  if (sigsetjmp(back, 1) == 0) {
    printf("read %d\n", *(volatile int *)0x10);
  }
  printf("si_addr of a read 0x10: %d\n", fault_addr == (void *)0x10);

  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    signal(SIGSEGV, SIG_DFL);
    *bad = 1;
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  printf("child killed by SIGSEGV: %d\n", WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV);
  return 0;
}
