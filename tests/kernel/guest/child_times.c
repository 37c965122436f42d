/* times() and getrusage(): a parent that has used CPU forks; its child
 * starts at zero (fork(2): "the child's tms_utime ... are set to zero"). */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile long sink;

int main(void) {
  for (long i = 0; i < 3000000; i++) sink += i; /* some user time first */
  struct tms before;
  times(&before);
  printf("parent utime before fork > 0: %d\n", before.tms_utime > 0);
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    struct tms t;
    struct rusage ru;
    times(&t);
    getrusage(RUSAGE_SELF, &ru);
    printf("child: utime %ld ticks, children utime %ld, rusage utime %ld ms\n", (long)t.tms_utime,
           (long)t.tms_cutime, ru.ru_utime.tv_sec * 1000 + ru.ru_utime.tv_usec / 1000);
    fflush(stdout);
    for (long i = 0; i < 3000000; i++) sink += i;
    _exit(0);
  }
  waitpid(pid, 0, 0);
  struct tms after;
  times(&after);
  printf("parent: children utime after wait > 0: %d\n", after.tms_cutime > 0);
  return 0;
}
