/* A pipe from parent to child and one back: the classic two-way setup. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  int down[2], up[2];
  if (pipe(down) < 0 || pipe(up) < 0) return 1;
  pid_t pid = fork();
  if (pid == 0) {
    close(down[1]);
    close(up[0]);
    char buf[64];
    ssize_t n = read(down[0], buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = 0;
    for (char *p = buf; *p; p++)
      if (*p >= 'a' && *p <= 'z') *p -= 32;
    write(up[1], buf, strlen(buf));
    /* EOF on the pipe once the parent closes its end */
    n = read(down[0], buf, sizeof buf);
    _exit(n == 0 ? 0 : 1);
  }
  close(down[0]);
  close(up[1]);
  write(down[1], "hello through a pipe", 20);
  close(down[1]);
  char reply[64];
  ssize_t n = read(up[0], reply, sizeof reply - 1);
  reply[n > 0 ? n : 0] = 0;
  int status;
  waitpid(pid, &status, 0);
  printf("child replied: %s\nchild saw EOF: %d\n", reply, WEXITSTATUS(status) == 0);
  /* dup2: stdout into a pipe, read it back */
  int p[2];
  pipe(p);
  fflush(stdout); /* what is buffered so far belongs to the real stdout */
  int saved = dup(1);
  dup2(p[1], 1);
  printf("via dup2\n");
  fflush(stdout);
  dup2(saved, 1);
  n = read(p[0], reply, sizeof reply - 1);
  reply[n > 0 ? n : 0] = 0;
  printf("read back: %s", reply);
  return 0;
}
