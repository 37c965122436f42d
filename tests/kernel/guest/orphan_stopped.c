/* A stopped job whose shell exits: its process group is orphaned, nobody
 * could continue it, so the kernel sends it SIGHUP and SIGCONT (POSIX).
 * The middle process plays the shell: it starts the job in a group of its
 * own, the job stops, the "shell" exits. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void on_hup(int sig) {
  (void)sig;
  write(1, "job: got SIGHUP, then went on\n", 30);
  _exit(0);
}

int main(void) {
  int fds[2];
  pipe(fds);
  pid_t shell = fork();
  if (shell == 0) {
    pid_t job = fork();
    if (job == 0) {
      signal(SIGHUP, on_hup);
      setpgid(0, 0);
      raise(SIGSTOP);
      write(1, "job: continued without SIGHUP\n", 30);
      _exit(1);
    }
    setpgid(job, job);
    int status;
    waitpid(job, &status, WUNTRACED);
    printf("shell: job stopped %d; exiting\n", WIFSTOPPED(status));
    fflush(stdout);
    write(fds[1], &job, sizeof job);
    _exit(0);
  }
  pid_t job;
  read(fds[0], &job, sizeof job);
  waitpid(shell, 0, 0);
  /* The job is init's child now: wait for it to print. */
  sleep(1);
  printf("job alive afterwards: %d\n", kill(job, 0) == 0);
  return 0;
}
