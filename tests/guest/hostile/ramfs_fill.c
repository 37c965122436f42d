/* Fills the ramfs: one big file until ENOSPC (the 16 MiB quota), then many
 * small files until ENOSPC; after deleting them, writing works again. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char block[65536];

int main(void) {
  memset(block, 'f', sizeof block);
  int fd = open("/tmp/big", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  long long total = 0;
  ssize_t n;
  while ((n = write(fd, block, sizeof block)) > 0) total += n;
  printf("big file: %lld KiB, then %s\n", total >> 10, errno == ENOSPC ? "ENOSPC" : strerror(errno));
  close(fd);
  int files = 0;
  char path[64];
  for (;;) {
    snprintf(path, sizeof path, "/tmp/f%d", files);
    int f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (f < 0) break;
    n = write(f, block, 100);
    close(f);
    files++;
    if (n != 100) break;
  }
  printf("small files: ended by %s\n", errno == ENOSPC ? "ENOSPC" : strerror(errno));
  for (int i = 0; i <= files; i++) {
    snprintf(path, sizeof path, "/tmp/f%d", i);
    unlink(path);
  }
  unlink("/tmp/big");
  fd = open("/tmp/after", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  printf("after cleanup a write gives %d\n", (int)write(fd, block, sizeof block));
  return 0;
}
