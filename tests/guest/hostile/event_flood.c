/* An event flood: millions of cheap system calls, each two events
 * (syscall enter and exit). The event ring keeps the newest 1 M; older
 * events are dropped, counted, and host memory stays bounded. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  long sum = 0;
  for (long i = 0; i < 1500000; i++) sum += getppid();
  printf("%ld calls done\n", sum / getppid());
  return 0;
}
