/* stdio on files: fwrite/fread in big and small pieces, fseek/ftell,
 * ungetc, append and update modes, getline, setvbuf, fileno/fdopen, and
 * return values. The expected output is this program's output under glibc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  const char *name = "stdio_files.tmp";
  FILE *f = fopen(name, "w");
  static char big[10000];
  for (int i = 0; i < (int)sizeof big; i++) big[i] = (char)('a' + i % 26);
  printf("fwrite %zu\n", fwrite(big, 1, sizeof big, f));
  printf("fprintf %d\n", fprintf(f, "|%05d|%s|\n", 42, "tail"));
  printf("ftell %ld\n", ftell(f));
  printf("fclose %d\n", fclose(f));

  f = fopen(name, "r");
  char buf[32] = {0};
  printf("fread %zu %.10s\n", fread(buf, 1, 10, f), buf);
  /* one call per statement: argument evaluation order is unspecified */
  int c = fgetc(f);
  printf("fgetc %c ftell %ld\n", c, ftell(f));
  int u = ungetc('Z', f);
  printf("ungetc %c", u);
  printf(" ftell %ld", ftell(f));
  printf(" fgetc %c\n", fgetc(f));
  int r = fseek(f, 9990, SEEK_SET);
  printf("fseek %d ftell %ld\n", r, ftell(f));
  memset(buf, 0, sizeof buf);
  printf("fread %zu [%s]\n", fread(buf, 1, sizeof buf - 1, f), buf);
  int eof1 = feof(f) != 0;
  c = fgetc(f);
  printf("feof %d, fgetc %d, feof %d\n", eof1, c, feof(f) != 0);
  rewind(f);
  eof1 = feof(f) != 0;
  printf("after rewind feof %d, fgetc %c\n", eof1, fgetc(f));
  r = fseek(f, -5, SEEK_END);
  printf("fseek end %d ftell %ld\n", r, ftell(f));
  fgets(buf, sizeof buf, f);
  printf("fgets [%s]\n", buf);
  fclose(f);

  f = fopen(name, "a");
  fputs("appended\n", f);
  fclose(f);
  f = fopen(name, "r+");
  fseek(f, 0, SEEK_SET);
  fputs("ABC", f);
  fseek(f, 0, SEEK_CUR);
  printf("r+ read after write: %c\n", fgetc(f));
  fseek(f, 0, SEEK_SET);
  char start[5] = {0};
  for (int i = 0; i < 4; i++) start[i] = (char)fgetc(f);
  printf("r+ start: %s\n", start);
  fclose(f);

  f = fopen(name, "r");
  char *line = 0;
  size_t cap = 0;
  ssize_t n;
  int lines = 0;
  ssize_t last = 0;
  while ((n = getline(&line, &cap, f)) > 0) {
    lines++;
    last = n;
  }
  printf("getline: %d lines, last %zd bytes: %s", lines, last, line);
  free(line);
  fclose(f);

  f = fopen(name, "w");
  char mybuf[16];
  setvbuf(f, mybuf, _IOFBF, sizeof mybuf);
  for (int i = 0; i < 10; i++) fprintf(f, "%d,", i);
  fclose(f);
  f = fopen(name, "r");
  printf("setvbuf file: %s\n", fgets(buf, sizeof buf, f));
  fclose(f);

  FILE *g = fdopen(dup(1), "w");
  fprintf(g, "via fdopen(dup(1)), fileno %d\n", fileno(g) > 2);
  fclose(g);
  printf("fopen missing: %p\n", (void *)fopen("no/such/file", "r"));
  printf("remove: %d\n", remove(name));
  printf("sprintf: %d\n", sprintf(buf, "%s", "12345"));
  printf("snprintf(0): %d\n", snprintf(0, 0, "%d", 123456));
  return 0;
}
