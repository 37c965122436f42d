/* The parent exits first: its child becomes an orphan, adopted by init. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  pid_t parent = getpid();
  if (fork() == 0) {
    sleep(1);
    printf("child: my parent was %d, now it is %d\n", parent == getppid(), getppid());
    return 0;
  }
  return 0;
}
