/* Resource limits: the defaults, RLIMIT_NOFILE (EMFILE), RLIMIT_AS
 * (ENOMEM), RLIMIT_CPU (SIGXCPU) and RLIMIT_STACK (SIGSEGV when the stack
 * overflows; the limit applies from the next exec). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static void show(const char *name, int resource) {
  struct rlimit rl;
  getrlimit(resource, &rl);
  printf("%s:", name);
  if (rl.rlim_cur == RLIM_INFINITY) printf(" unlimited");
  else printf(" %lu", (unsigned long)rl.rlim_cur);
  if (rl.rlim_max == RLIM_INFINITY) printf(" / unlimited\n");
  else printf(" / %lu\n", (unsigned long)rl.rlim_max);
}

static int depth(int n) {
  volatile char frame[1024];
  frame[0] = (char)n;
  if (n < 0) return 0; /* never: the recursion only ends with the stack */
  return n + depth(n + 1) + frame[0];
}

static volatile sig_atomic_t xcpu;
static void on_xcpu(int sig) { xcpu = 1; }

static int status_of(pid_t pid) {
  int status;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "recurse") == 0) return depth(0) & 1;
  show("RLIMIT_NOFILE", RLIMIT_NOFILE);
  show("RLIMIT_STACK", RLIMIT_STACK);
  show("RLIMIT_CPU", RLIMIT_CPU);
  show("RLIMIT_AS", RLIMIT_AS);
  show("RLIMIT_CORE", RLIMIT_CORE);

  /* Overcommit: mmap reserves no frames, so more than the machine's memory
   * (64 MiB) can be mapped; only touching pages takes frames. */
  char *huge = mmap(0, 256 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (huge != MAP_FAILED) huge[0] = huge[(256 << 20) - 1] = 1;
  printf("overcommit: mmap of 256 MiB %s\n", huge != MAP_FAILED ? "works, two pages touched" : "fails");
  munmap(huge, 256 << 20);

  struct rlimit few = {8, 8};
  setrlimit(RLIMIT_NOFILE, &few);
  int opened = 0, fd;
  while ((fd = open("/dev/null", O_RDONLY)) >= 0) opened++;
  printf("RLIMIT_NOFILE 8: %d more opens, then %s\n", opened, errno == EMFILE ? "EMFILE" : strerror(errno));

  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    struct rlimit as = {4 << 20, 4 << 20};
    setrlimit(RLIMIT_AS, &as);
    void *big = mmap(0, 8 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("RLIMIT_AS 4 MiB: mmap of 8 MiB %s\n", big == MAP_FAILED && errno == ENOMEM ? "fails with ENOMEM" : "works");
    void *small = mmap(0, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("RLIMIT_AS 4 MiB: mmap of 1 MiB %s\n", small == MAP_FAILED ? "fails" : "works");
    fflush(stdout);
    _exit(0);
  }
  status_of(pid);

  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    signal(SIGXCPU, on_xcpu);
    struct rlimit cpu = {1, 3};
    setrlimit(RLIMIT_CPU, &cpu);
    while (!xcpu) {
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long ms = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
    printf("RLIMIT_CPU 1 s: SIGXCPU once the CPU time reached 1 s: %d\n", ms >= 1000 && ms < 1100);
    fflush(stdout);
    signal(SIGXCPU, SIG_DFL);
    for (;;) {
    }
  }
  printf("RLIMIT_CPU: then the default action: status %d\n", status_of(pid));

  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    struct rlimit stack = {256 << 10, RLIM_INFINITY};
    setrlimit(RLIMIT_STACK, &stack);
    char *args[] = {argv[0], "recurse", 0};
    execv(argv[0], args);
    _exit(127);
  }
  printf("RLIMIT_STACK 256 KiB: endless recursion ends with status %d\n", status_of(pid));
  return 0;
}
