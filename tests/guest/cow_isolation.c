/* After fork the child writes a global, a local and a 1 MiB heap block; the
 * parent still sees its own values, at the same virtual addresses (each
 * process has its own copy of the pages: copy-on-write). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int global = 1;

int main(void) {
  int local = 2;
  size_t size = 1 << 20;
  char *heap = malloc(size);
  memset(heap, 'p', size);
  int fds[2];
  pipe(fds);
  pid_t pid = fork();
  if (pid == 0) {
    global = 100;
    local = 200;
    memset(heap, 'c', size);
    void *addrs[3] = {&global, &local, heap};
    write(fds[1], addrs, sizeof addrs);
    _exit(global == 100 && local == 200 && heap[size - 1] == 'c' ? 0 : 1);
  }
  void *child_addrs[3];
  read(fds[0], child_addrs, sizeof child_addrs);
  int status;
  waitpid(pid, &status, 0);
  int same = child_addrs[0] == (void *)&global && child_addrs[1] == (void *)&local &&
             child_addrs[2] == (void *)heap;
  int untouched = 1;
  for (size_t i = 0; i < size; i++) untouched &= heap[i] == 'p';
  printf("child saw its writes: %d\n", WEXITSTATUS(status) == 0);
  printf("parent: global %d, local %d, heap untouched %d\n", global, local, untouched);
  printf("same virtual addresses: %d\n", same);
  return 0;
}
