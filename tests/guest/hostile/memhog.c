/* Takes memory until there is none. malloc keeps succeeding (overcommit:
 * mmap and brk reserve no frames), so the end is the OOM killer's SIGKILL
 * when a touched page finds no free frame. It touches one byte a page, so
 * the machine fills within a few million instructions. A child hogs too: the victim is
 * whoever holds the most pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void hog(void) {
  for (;;) {
    char *p = malloc(1 << 20);
    if (!p) {
      printf("malloc failed\n");
      exit(3);
    }
    for (int i = 0; i < (1 << 20); i += 4096) p[i] = 1; /* a page at a time */
  }
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "two") == 0) {
    pid_t child = fork();
    if (child == 0) {
      char *small = malloc(64 << 10); /* the child stays small: never the victim */
      memset(small, 2, 64 << 10);
      printf("the child holds its 64 KiB\n");
      fflush(stdout);
      pause();
    }
  }
  hog();
  return 0;
}
