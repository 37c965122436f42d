/* posix_spawn: a file action sends the child's stdout to a file; the
 * attributes put the child in its own process group. */
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/tmp/spawned.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid;
  char *argv[] = {"hello", "to", "a", "file", 0};
  int r = posix_spawn(&pid, "./hello", &fa, &attr, argv, environ);
  printf("posix_spawn returned %d\n", r);
  printf("child in its own group: %d\n", getpgid(pid) == pid);
  int status;
  waitpid(pid, &status, 0);
  printf("child exited %d\n", WEXITSTATUS(status));
  char buf[64] = {0};
  int fd = open("/tmp/spawned.txt", O_RDONLY);
  read(fd, buf, sizeof buf - 1);
  printf("the file holds: %s", buf);
  r = posix_spawnp(&pid, "no-such-program", 0, 0, argv, environ);
  printf("posix_spawnp of a missing program: %d\n", r);

  /* Attributes: a signal mask (SIGUSR1 blocked: bit 9 of SigBlk) and
   * signals set back to their default: SIGTERM, which we ignore, is not
   * ignored in the child, SIGINT still is (SigIgn bit 1 only). /bin/grep
   * reads its own /proc/self/status. */
  signal(SIGTERM, SIG_IGN);
  signal(SIGINT, SIG_IGN);
  sigset_t mask, dfl;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  sigemptyset(&dfl);
  sigaddset(&dfl, SIGTERM);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setsigmask(&attr, &mask);
  posix_spawnattr_setsigdefault(&attr, &dfl);
  fflush(stdout);
  char *grep[] = {"grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status", 0};
  r = posix_spawn(&pid, "/bin/grep", 0, &attr, grep, environ);
  waitpid(pid, &status, 0);
  printf("grep spawned with attributes: %d, exited %d\n", r, WEXITSTATUS(status));
  return 0;
}
