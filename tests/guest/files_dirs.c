/* Files through stdio and the raw calls: fopen/fprintf/fgets, lseek, stat,
 * opendir/readdir, getcwd, unlink, O_EXCL, errno. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  const char *name = "files_dirs.tmp";
  unlink(name);
  FILE *f = fopen(name, "w");
  if (!f) return 1;
  for (int i = 1; i <= 3; i++) fprintf(f, "line %d of %d\n", i, 3);
  fclose(f);

  f = fopen(name, "r");
  char line[64];
  while (fgets(line, sizeof line, f)) printf("read: %s", line);
  printf("eof %d\n", feof(f));
  fclose(f);

  struct stat st;
  printf("stat: %d size %lld regular %d\n", stat(name, &st), (long long)st.st_size, S_ISREG(st.st_mode));
  int fd = open(name, O_RDWR);
  printf("lseek end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
  lseek(fd, 5, SEEK_SET);
  char c[2] = {0};
  read(fd, c, 1);
  printf("byte 5: %s\n", c);
  struct stat fst;
  fstat(fd, &fst);
  printf("fstat size matches: %d\n", fst.st_size == st.st_size && fst.st_ino == st.st_ino);
  close(fd);

  printf("O_EXCL on existing: %d %s\n", open(name, O_CREAT | O_EXCL | O_WRONLY, 0644),
         strerror(errno));
  DIR *d = opendir(".");
  int seen = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, name) == 0) seen++;
  closedir(d);
  printf("readdir saw it: %d\n", seen);
  char cwd[512];
  printf("getcwd absolute: %d\n", getcwd(cwd, sizeof cwd) && cwd[0] == '/');
  printf("unlink: %d, then stat: %d errno %d\n", unlink(name), stat(name, &st), errno == ENOENT);
  printf("close(99): %d EBADF %d\n", close(99), errno == EBADF);
  return 0;
}
