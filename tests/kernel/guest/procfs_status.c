/* /proc/PID/status as ps reads it (SPEC §4.4): the state letter of a
 * stopped and of a sleeping child, its wait channel, nice, slot and fault
 * counters; /proc/self/maps with the text and the stack; /proc/self/fd with
 * a link per open descriptor. */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char buf[4096];

static const char *slurp(const char *path) {
  int fd = open(path, O_RDONLY), n = fd < 0 ? 0 : (int)read(fd, buf, sizeof buf - 1);
  if (fd >= 0) close(fd);
  buf[n > 0 ? n : 0] = 0;
  return buf;
}

/* The value of "Name:\t..." in a status text, up to the end of the line. */
static const char *field(const char *text, const char *name) {
  static char value[64];
  const char *at = strstr(text, name);
  size_t n;
  if (!at) return "(missing)";
  at += strlen(name) + 2;
  n = strcspn(at, "\n");
  if (n >= sizeof value) n = sizeof value - 1;
  memcpy(value, at, n);
  value[n] = 0;
  return value;
}

int main(void) {
  char path[64];
  int status;
  pid_t pid = fork();
  if (pid == 0) {
    nice(5);
    for (;;) sleep(100);
  }
  sleep(1);
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  slurp(path);
  printf("sleeping child: State %s, ", field(buf, "State"));
  printf("Wchan %s, ", field(buf, "Wchan"));
  printf("Nice %s\n", field(buf, "Nice"));
  kill(pid, SIGSTOP);
  waitpid(pid, &status, WUNTRACED);
  slurp(path);
  printf("stopped child: State %s\n", field(buf, "State"));
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);

  /* A store to a page shared with a child copies it: a COW fault. */
  static int data[1024];
  data[0] = 1;
  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    data[0] = 2;
    slurp("/proc/self/status");
    printf("child after a store: CowFaults above 0: %d, has a Slot: %d\n", atoi(field(buf, "CowFaults")) > 0,
           strstr(buf, "\nSlot:\t") != NULL);
    fflush(stdout);
    _exit(0);
  }
  waitpid(pid, &status, 0);

  slurp("/proc/self/maps");
  printf("maps: text r-xp %d, stack %d, vdso %d\n", strstr(buf, " r-xp ") != NULL,
         strstr(buf, "[stack]") != NULL, strstr(buf, "[vdso]") != NULL);

  int fd = open("/proc/self/status", O_RDONLY);
  int fds = 0;
  DIR *d = opendir("/proc/self/fd");
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (e->d_name[0] != '.') fds++;
  closedir(d);
  char link[64], target[128];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, target, sizeof target - 1);
  target[n > 0 ? n : 0] = 0;
  printf("fd dir lists 0, 1, 2 and the open file: %d; fd %d -> %s\n", fds >= 4, fd, target);
  return 0;
}
