/* /bin/ls [-a] [-l] [-1] [-d] [FILE...]: list directory contents.
 *
 * Names are sorted bytewise (the C locale). On a terminal the names go in
 * columns, down then across, as GNU ls does; into a pipe or a file one per
 * line, so that `ls | grep x` sees one name per line. -l prints mode,
 * links, owner, group, size, time and name. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int opt_all, opt_long, opt_one, opt_dir;
static int status;

struct entry {
  char *name;          /* as shown */
  char *path;          /* for stat */
  struct stat st;
};

static int compare_entries(const void *a, const void *b) {
  return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mode_string(mode_t m, char *out) {
  const char *rwx = "rwxrwxrwx";
  int i;
  out[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISCHR(m) ? 'c' : S_ISBLK(m) ? 'b'
         : S_ISFIFO(m) ? 'p' : S_ISSOCK(m) ? 's' : '-';
  for (i = 0; i < 9; i++) out[i + 1] = (m & (0400 >> i)) ? rwx[i] : '-';
  /* setuid, setgid and sticky take the x places: s/S, s/S, t/T */
  if (m & S_ISUID) out[3] = out[3] == 'x' ? 's' : 'S';
  if (m & S_ISGID) out[6] = out[6] == 'x' ? 's' : 'S';
  if (m & S_ISVTX) out[9] = out[9] == 'x' ? 't' : 'T';
  out[10] = 0;
}

/* uid 0 is root; other ids print as numbers unless /etc/passwd names them. */
static const char *user_name(unsigned id, int group) {
  static char buf[64];
  FILE *f = fopen(group ? "/etc/group" : "/etc/passwd", "r");
  char line[256];
  while (f && fgets(line, sizeof line, f)) {
    char *name = strtok(line, ":"), *pw = strtok(NULL, ":"), *num = strtok(NULL, ":");
    if (name && pw && num && (unsigned)atoi(num) == id) {
      snprintf(buf, sizeof buf, "%s", name);
      fclose(f);
      return buf;
    }
  }
  if (f) fclose(f);
  if (id == 0) return "root";
  snprintf(buf, sizeof buf, "%u", id);
  return buf;
}

/* "Nov 24 19:40" for recent files, "Nov 24  2025" for those older than
 * six months or in the future, like ls. */
static void time_string(time_t t, char *out, size_t n) {
  static const char *months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  struct tm tm;
  time_t now = time(NULL);
  gmtime_r(&t, &tm);
  if (t > now || now - t > 15778476)
    snprintf(out, n, "%.3s %2d  %4d", months + 3 * tm.tm_mon, tm.tm_mday, tm.tm_year + 1900);
  else
    snprintf(out, n, "%.3s %2d %02d:%02d", months + 3 * tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min);
}

static int digits(unsigned long long v) {
  int d = 1;
  while (v >= 10) v /= 10, d++;
  return d;
}

static void print_long(struct entry *e, int n) {
  int i, wlinks = 1, wsize = 1, wuser = 1, wgroup = 1;
  for (i = 0; i < n; i++) {
    int u = (int)strlen(user_name(e[i].st.st_uid, 0)), g = (int)strlen(user_name(e[i].st.st_gid, 1));
    if (digits(e[i].st.st_nlink) > wlinks) wlinks = digits(e[i].st.st_nlink);
    if (digits((unsigned long long)e[i].st.st_size) > wsize) wsize = digits((unsigned long long)e[i].st.st_size);
    if (u > wuser) wuser = u;
    if (g > wgroup) wgroup = g;
  }
  for (i = 0; i < n; i++) {
    char mode[11], when[32];
    mode_string(e[i].st.st_mode, mode);
    time_string(e[i].st.st_mtim.tv_sec, when, sizeof when);
    printf("%s %*u ", mode, wlinks, (unsigned)e[i].st.st_nlink);
    printf("%-*s ", wuser, user_name(e[i].st.st_uid, 0));
    printf("%-*s ", wgroup, user_name(e[i].st.st_gid, 1));
    printf("%*lld %s %s\n", wsize, (long long)e[i].st.st_size, when, e[i].name);
  }
}

static int terminal_width(void) {
  struct winsize ws;
  if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

/* GNU ls's layout: the most columns that fit, filled down then across,
 * each column as wide as its longest name plus two spaces. */
static void print_columns(struct entry *e, int n) {
  int width = terminal_width(), cols, rows = n, r, c;
  int *colw = calloc((size_t)n + 1, sizeof(int));
  for (cols = n; cols > 1; cols--) {
    int total = 0;
    rows = (n + cols - 1) / cols;
    if ((cols - 1) * rows >= n) continue;  /* would leave a column empty */
    for (c = 0; c < cols; c++) {
      colw[c] = 0;
      for (r = 0; r < rows && c * rows + r < n; r++) {
        int len = (int)strlen(e[c * rows + r].name);
        if (len > colw[c]) colw[c] = len;
      }
      total += colw[c] + (c < cols - 1 ? 2 : 0);
    }
    if (total <= width) break;
  }
  if (cols <= 1) {
    cols = 1;
    rows = n;
  }
  for (r = 0; r < rows; r++) {
    for (c = 0; c < cols && c * rows + r < n; c++) {
      const char *name = e[c * rows + r].name;
      int last = c == cols - 1 || (c + 1) * rows + r >= n;
      if (last) printf("%s", name);
      else printf("%-*s", colw[c] + 2, name);
    }
    putchar('\n');
  }
  free(colw);
}

static void print_entries(struct entry *e, int n) {
  qsort(e, (size_t)n, sizeof *e, compare_entries);
  if (opt_long) print_long(e, n);
  else if (!opt_one && isatty(1)) print_columns(e, n);
  else {
    int i;
    for (i = 0; i < n; i++) puts(e[i].name);
  }
}

static void list_directory(const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *de;
  struct entry *e = NULL;
  int n = 0, cap = 0, i;
  long long blocks = 0;
  if (!d) {
    fprintf(stderr, "ls: cannot open directory '%s': %s\n", dir, strerror(errno));
    status = 2;
    return;
  }
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.' && !opt_all) continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      e = realloc(e, sizeof *e * (size_t)cap);
    }
    e[n].name = strdup(de->d_name);
    e[n].path = malloc(strlen(dir) + strlen(de->d_name) + 2);
    sprintf(e[n].path, "%s/%s", dir, de->d_name);
    if (opt_long && lstat(e[n].path, &e[n].st) != 0) memset(&e[n].st, 0, sizeof e[n].st);
    blocks += e[n].st.st_blocks;
    n++;
  }
  closedir(d);
  if (opt_long) printf("total %lld\n", blocks / 2);
  print_entries(e, n);
  for (i = 0; i < n; i++) free(e[i].name), free(e[i].path);
  free(e);
}

int main(int argc, char **argv) {
  struct entry *files = calloc((size_t)argc, sizeof(struct entry));
  char **dirs = calloc((size_t)argc, sizeof(char *));
  int i, nfiles = 0, ndirs = 0, operands = 0;
  for (i = 1; i < argc; i++) {
    const char *o = argv[i];
    if (o[0] == '-' && o[1]) {
      for (o++; *o; o++) {
        if (*o == 'a') opt_all = 1;
        else if (*o == 'l') opt_long = 1;
        else if (*o == '1') opt_one = 1;
        else if (*o == 'd') opt_dir = 1;
        else {
          fprintf(stderr, "ls: invalid option -- '%c'\n", *o);
          return 2;
        }
      }
      continue;
    }
    operands++;
    if (lstat(argv[i], &files[nfiles].st) != 0) {
      fprintf(stderr, "ls: cannot access '%s': %s\n", argv[i], strerror(errno));
      status = 2;
    } else if (S_ISDIR(files[nfiles].st.st_mode) && !opt_dir) {
      dirs[ndirs++] = argv[i];
    } else {
      files[nfiles].name = files[nfiles].path = argv[i];
      nfiles++;
    }
  }
  if (operands == 0) {
    if (opt_dir) {
      files[0].name = files[0].path = ".";
      stat(".", &files[0].st);
      nfiles = 1;
    } else {
      dirs[ndirs++] = ".";
    }
  }
  if (nfiles) print_entries(files, nfiles);
  qsort(dirs, (size_t)ndirs, sizeof(char *), compare_names);
  for (i = 0; i < ndirs; i++) {
    if (operands > 1) printf("%s%s:\n", nfiles || i ? "\n" : "", dirs[i]);
    list_directory(dirs[i]);
  }
  return status;
}
