/* wc [-l] [-w] [-c] [FILE...]: lines, words, bytes.
 *
 * The columns are as wide as GNU wc makes them, so scripts see the same
 * text: one count of one input has no padding; otherwise the width is the
 * number of digits of the inputs' total size, at least 7 when an input is
 * not a regular file (a pipe, whose size is unknown in advance). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static int show_l, show_w, show_c;
static int width = 1;

static void print_counts(long l, long w, long c, const char *name) {
  const char *sep = "";
  if (show_l) printf("%*ld", width, l), sep = " ";
  if (show_w) printf("%s%*ld", sep, width, w), sep = " ";
  if (show_c) printf("%s%*ld", sep, width, c);
  if (name) printf(" %s", name);
  printf("\n");
}

static void count(FILE *f, long *l, long *w, long *c) {
  int ch, in_word = 0;
  *l = *w = *c = 0;
  while ((ch = fgetc(f)) != EOF) {
    (*c)++;
    if (ch == '\n') (*l)++;
    if (isspace(ch)) in_word = 0;
    else if (!in_word) {
      in_word = 1;
      (*w)++;
    }
  }
}

/* GNU's rule for the column width (see the comment at the top). */
static int column_width(char **files, int nfiles) {
  struct stat st;
  long total = 0;
  int digits = 1, minimum = 1, i;
  if (nfiles == 1 && show_l + show_w + show_c == 1) return 1;
  for (i = 0; i < nfiles; i++) {
    int ok = files ? stat(files[i], &st) == 0 : fstat(0, &st) == 0;
    if (!ok) {
      if (i == 0) return 1;
      continue;
    }
    if (S_ISREG(st.st_mode)) total += (long)st.st_size;
    else minimum = 7;
  }
  for (; total >= 10; total /= 10) digits++;
  return digits > minimum ? digits : minimum;
}

int main(int argc, char **argv) {
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
    for (const char *o = argv[i] + 1; *o; o++) {
      if (*o == 'l') show_l = 1;
      else if (*o == 'w') show_w = 1;
      else if (*o == 'c') show_c = 1;
    }
  if (!show_l && !show_w && !show_c) show_l = show_w = show_c = 1;
  long l, w, c, tl = 0, tw = 0, tc = 0;
  if (i == argc) {
    width = column_width(NULL, 1);
    count(stdin, &l, &w, &c);
    print_counts(l, w, c, 0);
    return 0;
  }
  int files = argc - i, status = 0;
  width = column_width(argv + i, files);
  for (; i < argc; i++) {
    FILE *f = fopen(argv[i], "r");
    if (!f) {
      fprintf(stderr, "wc: %s: No such file or directory\n", argv[i]);
      status = 1;
      continue;
    }
    count(f, &l, &w, &c);
    fclose(f);
    print_counts(l, w, c, argv[i]);
    tl += l, tw += w, tc += c;
  }
  if (files > 1) print_counts(tl, tw, tc, "total");
  return status;
}
