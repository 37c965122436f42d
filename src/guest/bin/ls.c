/* ls [-a] [-l] [-1] [PATH...]: names sorted, one per line; -l adds the
 * type and permissions, link count, size. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int opt_all, opt_long;

static void mode_string(mode_t m, char *s) {
  s[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISCHR(m) ? 'c' : S_ISFIFO(m) ? 'p' : '-';
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; i++) s[1 + i] = (m & (0400 >> i)) ? rwx[i] : '-';
  s[10] = 0;
}

static void show(const char *dir, const char *name) {
  if (!opt_long) {
    printf("%s\n", name);
    return;
  }
  char path[1024];
  struct stat st;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  if (lstat(dir ? path : name, &st) < 0) {
    printf("?????????? ? %s\n", name);
    return;
  }
  char mode[11];
  mode_string(st.st_mode, mode);
  printf("%s %2u %8lld %s\n", mode, (unsigned)st.st_nlink, (long long)st.st_size, name);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list(const char *path) {
  struct stat st;
  if (stat(path, &st) < 0) {
    fprintf(stderr, "ls: cannot access '%s': %s\n", path, strerror(errno));
    return 1;
  }
  if (!S_ISDIR(st.st_mode)) {
    show(0, path);
    return 0;
  }
  DIR *d = opendir(path);
  if (!d) {
    fprintf(stderr, "ls: cannot open directory '%s': %s\n", path, strerror(errno));
    return 1;
  }
  char **names = 0;
  int n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.' && !opt_all) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      names = realloc(names, (size_t)cap * sizeof *names);
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof *names, by_name);
  for (int i = 0; i < n; i++) {
    show(path, names[i]);
    free(names[i]);
  }
  free(names);
  return 0;
}

int main(int argc, char **argv) {
  int i = 1, status = 0;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
    for (const char *o = argv[i] + 1; *o; o++) {
      if (*o == 'a') opt_all = 1;
      else if (*o == 'l') opt_long = 1;
      else if (*o != '1') {
        fprintf(stderr, "ls: unknown option -%c\n", *o);
        return 2;
      }
    }
  if (i == argc) return list(".");
  for (int first = i; i < argc; i++) {
    if (argc - first > 1) printf("%s%s:\n", i > first ? "\n" : "", argv[i]);
    status |= list(argv[i]);
  }
  return status;
}
