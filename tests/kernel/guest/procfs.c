/* /proc as ps reads it: a zombie's stat says Z, its cmdline is empty;
 * /proc/self/status has our pid and slot; /proc lists the live pids. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int slurp(const char *path, char *buf, int size) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  int n = read(fd, buf, size - 1);
  close(fd);
  if (n >= 0) buf[n] = 0;
  return n;
}

int main(void) {
  char path[64], buf[1024];
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  sleep(1); /* the child is a zombie now */

  sprintf(path, "/proc/%d/stat", pid);
  slurp(path, buf, sizeof buf);
  int spid, ppid;
  char comm[32], state;
  sscanf(buf, "%d %31s %c %d", &spid, comm, &state, &ppid);
  printf("child %d: %s state %c parent is me: %d\n", spid == pid, comm, state, ppid == getpid());
  sprintf(path, "/proc/%d/cmdline", pid);
  printf("zombie cmdline bytes: %d\n", slurp(path, buf, sizeof buf));

  slurp("/proc/self/cmdline", buf, sizeof buf);
  printf("my cmdline: %s\n", buf);
  slurp("/proc/self/status", buf, sizeof buf);
  printf("status has State R: %d, Slot 1: %d\n", strstr(buf, "State:\tR (running)") != 0,
         strstr(buf, "\nSlot:\t1\n") != 0);

  int pids = 0, self = 0;
  DIR *d = opendir("/proc");
  struct dirent *e;
  while ((e = readdir(d)) != 0) {
    if (e->d_name[0] >= '1' && e->d_name[0] <= '9') pids++;
    if (strcmp(e->d_name, "self") == 0) self = 1;
  }
  closedir(d);
  printf("/proc lists %d pids and self: %d\n", pids, self);

  char link[32];
  int n = readlink("/proc/self", link, sizeof link - 1);
  link[n > 0 ? n : 0] = 0;
  printf("/proc/self -> me: %d\n", atoi(link) == getpid());
  printf("no such pid: %d\n", open("/proc/999/stat", O_RDONLY));
  wait(0);
  sprintf(path, "/proc/%d/stat", pid);
  printf("after wait: %d\n", open(path, O_RDONLY));
  return 0;
}
