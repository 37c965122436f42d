/* Two busy loops, one at nice 0 and one at nice 10, run for the same
 * stretch of virtual time: the nice 0 one gets more of the hart. Prints
 * each one's CPU time (from wait4's rusage) and the ratio. */
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t spinner(int niceness) {
  pid_t pid = fork();
  if (pid == 0) {
    if (niceness) nice(niceness);
    for (;;) {
    }
  }
  return pid;
}

static long cpu_ms(pid_t pid) {
  int status;
  struct rusage ru;
  wait4(pid, &status, 0, &ru);
  return ru.ru_utime.tv_sec * 1000 + ru.ru_utime.tv_usec / 1000;
}

int main(void) {
  pid_t fast = spinner(0), slow = spinner(10);
  usleep(500000); /* half a second of virtual time */
  kill(fast, SIGKILL);
  kill(slow, SIGKILL);
  long a = cpu_ms(fast), b = cpu_ms(slow);
  printf("nice 0: %ld ms, nice 10: %ld ms of CPU\n", a, b);
  printf("ratio nice 0 / nice 10: %ld.%ld\n", b ? a / b : 0, b ? a * 10 / b % 10 : 0);
  return 0;
}
