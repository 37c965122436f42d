/* atexit handlers run in reverse order of registration, on exit() and on
 * return from main, before stdio is flushed; _exit() runs none. A child
 * inherits the registrations (they are just memory). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static void first(void) { printf("first (registered first, runs last)\n"); }
static void second(void) { printf("second\n"); }
static void third(void) { printf("third (registered last, runs first)\n"); }

int main(void) {
  atexit(first);
  atexit(second);
  atexit(third);
  pid_t pid = fork();
  if (pid == 0) _exit(0); /* no handlers, no flush */
  waitpid(pid, 0, 0);
  pid = fork();
  if (pid == 0) {
    printf("child calls exit:\n");
    exit(0);
  }
  waitpid(pid, 0, 0);
  printf("parent returns from main:\n");
  return 0;
}
