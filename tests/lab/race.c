/* A race for the Schedules panel: parent and child print in turns with no
 * synchronisation, so the interleaving depends on the scheduler. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int sink;

static void work(int n) {
  for (int i = 0; i < n; i++) sink += i;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  pid_t pid = fork();
  const char *who = pid == 0 ? "child" : "parent";
  for (int i = 0; i < 3; i++) {
    printf("%s %d\n", who, i);
    work(20000);
  }
  if (pid > 0) wait(NULL);
  return 0;
}
