/* A signal storm: parent and child send each other SIGUSR1 as fast as they
 * can while both handle it; standard signals do not queue, so many merge.
 * Then the parent ends the child with SIGTERM, and one last storm of
 * SIGKILL at a process that has already exited only finds a zombie
 * (kill succeeds, as on Linux) and leaves its exit status alone. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile long got;
static void on_usr1(int sig) { (void)sig; got++; }

int main(void) {
  struct sigaction sa = {0};
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR1, &sa, 0);
  pid_t parent = getpid();
  pid_t child = fork();
  if (child == 0) {
    for (long i = 0; i < 200000; i++) kill(parent, SIGUSR1);
    for (;;) pause();
  }
  long sent = 0;
  for (long i = 0; i < 200000; i++) sent += kill(child, SIGUSR1) == 0;
  for (long i = 0; i < 20000; i++) raise(SIGUSR1);
  kill(child, SIGTERM);
  int status;
  waitpid(child, &status, 0);
  printf("sent %ld, child ended by signal %d, handled some: %s\n", sent,
         WIFSIGNALED(status) ? WTERMSIG(status) : 0, got > 0 ? "yes" : "no");
  int zombie = fork();
  if (zombie == 0) _exit(7);
  sleep(1); /* virtual time: the child has exited, a zombie now */
  long hits = 0;
  for (int i = 0; i < 20000; i++) hits += kill(zombie, SIGKILL) == 0;
  printf("kill found the zombie %ld times\n", hits);
  waitpid(zombie, &status, 0);
  printf("the zombie kept its status: %d\n", WEXITSTATUS(status));
  return 0;
}
