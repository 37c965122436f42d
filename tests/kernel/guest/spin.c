/* Two processes that only compute: the scheduler must share the hart. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  pid_t pid = fork();
  volatile unsigned n = 0;
  for (unsigned i = 0; i < 3000000; i++) n += i;
  if (pid == 0) return 0;
  wait(NULL);
  printf("done %u\n", n);
  return 0;
}
