/* Mappings across fork: MAP_SHARED pages stay shared (the child's writes
 * are seen by the parent), MAP_PRIVATE pages are copy-on-write (they are
 * not); a MAP_SHARED file mapping writes the file, a MAP_PRIVATE one does
 * not; munmap and mprotect take access away (SIGSEGV). */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int child_status(pid_t pid) {
  int status;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

int main(void) {
  int *shared = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  int *private = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  *shared = 1;
  *private = 1;
  pid_t pid = fork();
  if (pid == 0) {
    *shared = 2;
    *private = 2;
    _exit(0);
  }
  child_status(pid);
  printf("anonymous: MAP_SHARED sees the child's write: %d, MAP_PRIVATE keeps its own: %d\n", *shared, *private);

  int fd = open("/tmp/mapped", O_RDWR | O_CREAT | O_TRUNC, 0644);
  write(fd, "hello, file\n", 12);
  char *fs = mmap(0, 12, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  char *fp = mmap(0, 12, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  printf("file mapped: %.11s / %.11s\n", fs, fp);
  pid = fork();
  if (pid == 0) {
    memcpy(fs, "HELLO", 5); /* through the shared mapping: into the file */
    memcpy(fp, "jello", 5); /* a private copy: the file never sees it */
    _exit(0);
  }
  child_status(pid);
  printf("parent sees: shared %.5s, private %.5s\n", fs, fp);
  munmap(fs, 12);
  munmap(fp, 12);
  char buf[13] = {0};
  lseek(fd, 0, SEEK_SET);
  read(fd, buf, 12);
  printf("file after munmap: %s", buf);
  close(fd);

  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    *shared = 3; /* allowed */
    mprotect(shared, 4096, PROT_READ);
    printf("read-only still reads: %d\n", *shared);
    fflush(stdout);
    *shared = 4; /* SIGSEGV */
    _exit(0);
  }
  printf("store to a read-only page: status %d\n", child_status(pid));
  pid = fork();
  if (pid == 0) {
    munmap(private, 4096);
    *private = 5; /* SIGSEGV: nothing is mapped there now */
    _exit(0);
  }
  printf("store after munmap: status %d\n", child_status(pid));
  void *bad = mmap(0, 4096, PROT_READ, MAP_SHARED, 99, 0);
  printf("mmap of a bad fd fails: %d\n", bad == MAP_FAILED);
  return 0;
}
