/* wc [-l] [-w] [-c] [FILE...]: lines, words, bytes. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int show_l, show_w, show_c;

static void print_counts(long l, long w, long c, const char *name) {
  if (show_l) printf("%7ld", l);
  if (show_w) printf(" %7ld", w);
  if (show_c) printf(" %7ld", c);
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
    count(stdin, &l, &w, &c);
    print_counts(l, w, c, 0);
    return 0;
  }
  int files = argc - i, status = 0;
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
