/* The smaller process calls: vfork, waitid, the wait4 fallback through
 * waitid, limits, nice, times/getrusage, uname, time, sleep, brk/sbrk,
 * mmap/munmap. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* libc-internal: wait4 built from waitid, used when the kernel has no
 * wait4 (real rv32 Linux). Called directly so it is tested here too. */
long __wait4_via_waitid(pid_t pid, int *status, int options, void *kru);

int main(void) {
  pid_t pid = vfork();
  if (pid == 0) _exit(5);
  int status;
  waitpid(pid, &status, 0);
  printf("vfork child status %d\n", WEXITSTATUS(status));

  pid = fork();
  if (pid == 0) _exit(6);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  int r = waitid(P_PID, (id_t)pid, &si, WEXITED);
  printf("waitid %d: code exited %d, status %d, pid ok %d\n", r, si.si_code == CLD_EXITED,
         si.si_status, si.si_pid == pid);

  pid = fork();
  if (pid == 0) _exit(9);
  long got = __wait4_via_waitid(pid, &status, 0, 0);
  printf("fallback wait4: pid ok %d, status %d\n", got == pid, WEXITSTATUS(status));
  pid = fork();
  if (pid == 0) {
    for (;;) pause();
  }
  printf("fallback WNOHANG: %ld\n", __wait4_via_waitid(pid, &status, WNOHANG, 0));
  kill(pid, SIGTERM);
  got = __wait4_via_waitid(-1, &status, 0, 0);
  printf("fallback killed: pid ok %d, signaled %d, sig %d\n", got == pid, WIFSIGNALED(status),
         WTERMSIG(status));

  struct rlimit rl;
  getrlimit(RLIMIT_NOFILE, &rl);
  struct rlimit lower = {16, rl.rlim_max};
  setrlimit(RLIMIT_NOFILE, &lower);
  getrlimit(RLIMIT_NOFILE, &rl);
  printf("RLIMIT_NOFILE now %llu\n", (unsigned long long)rl.rlim_cur);

  int before = getpriority(PRIO_PROCESS, 0);
  int after = nice(3);
  printf("nice raised by 3: %d\n", after - before == 3);

  struct tms t;
  printf("times ok %d, sysconf CLK_TCK %ld\n", times(&t) != (clock_t)-1, sysconf(_SC_CLK_TCK));
  struct rusage ru;
  printf("getrusage %d\n", getrusage(RUSAGE_SELF, &ru));
  struct utsname u;
  printf("uname %d machine %s\n", uname(&u), u.machine);

  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  struct timespec nap = {0, 20000000};
  nanosleep(&nap, 0);
  clock_gettime(CLOCK_MONOTONIC, &b);
  long long ns = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
  printf("slept at least 20ms: %d, sleep(0) = %u, time sane %d\n", ns >= 20000000, sleep(0),
         time(0) > 1600000000);

  char *p = sbrk(0);
  char *q = sbrk(8192);
  q[8191] = 1;
  printf("sbrk grew by 8192: %d\n", (char *)sbrk(0) - p == 8192 && q == p);
  char *m = mmap(0, 65536, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  m[65535] = 7;
  printf("mmap %d, munmap %d\n", m != MAP_FAILED && m[0] == 0, munmap(m, 65536));
  printf("bad mmap: %d %s\n", mmap(0, 4096, PROT_READ, MAP_PRIVATE, 99, 0) == MAP_FAILED,
         strerror(errno));
  printf("getpgrp is pgid: %d, getsid > 0: %d\n", getpgrp() == getpgid(0), getsid(0) > 0);
  return 0;
}
