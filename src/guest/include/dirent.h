#ifndef _DIRENT_H
#define _DIRENT_H
#include <bits/types.h>
#include <abi/fcntl.h>
#define DT_UNKNOWN ABI_DT_UNKNOWN
#define DT_FIFO ABI_DT_FIFO
#define DT_CHR ABI_DT_CHR
#define DT_DIR ABI_DT_DIR
#define DT_BLK ABI_DT_BLK
#define DT_REG ABI_DT_REG
#define DT_LNK ABI_DT_LNK
#define DT_SOCK ABI_DT_SOCK

struct dirent {
  ino_t d_ino;
  off_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[256];
};
typedef struct _DIR DIR;
DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int closedir(DIR *d);
void rewinddir(DIR *d);
int dirfd(DIR *d);
#endif
