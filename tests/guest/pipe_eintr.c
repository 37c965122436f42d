/* A read on an empty pipe, interrupted by SIGALRM (alarm fires while the
 * reader sleeps): without SA_RESTART the read fails with EINTR; with
 * SA_RESTART it goes on and gets the data a child writes later. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t alarms;

static void on_alarm(int sig) {
  (void)sig;
  alarms++;
}

static void catch_alarm(int flags) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sa.sa_flags = flags;
  sigaction(SIGALRM, &sa, 0);
}

int main(void) {
  int fds[2];
  char buf[32];
  pipe(fds);

  /* Nobody writes: only the alarm can end the read. */
  catch_alarm(0);
  alarm(1);
  errno = 0;
  ssize_t n = read(fds[0], buf, sizeof buf);
  printf("without SA_RESTART: read %d, EINTR %d, alarm fired %d\n", (int)n, errno == EINTR, alarms);

  /* The alarm comes at 1 s, the data at 2 s: the read restarts in between. */
  catch_alarm(SA_RESTART);
  pid_t pid = fork();
  if (pid == 0) {
    sleep(2);
    write(fds[1], "late data", 9);
    _exit(0);
  }
  alarm(1);
  n = read(fds[0], buf, sizeof buf);
  buf[n > 0 ? n : 0] = 0;
  printf("with SA_RESTART: read %d \"%s\", alarm fired %d\n", (int)n, buf, alarms);
  waitpid(pid, 0, 0);
  return 0;
}
