/* env [-i] [NAME=value...] [COMMAND [ARG...]]: print the environment, or
 * run COMMAND in a changed one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int i = 1;
  if (i < argc && strcmp(argv[i], "-i") == 0) {
    clearenv();
    i++;
  }
  for (; i < argc && strchr(argv[i], '='); i++) putenv(argv[i]);
  if (i == argc) {
    for (char **e = environ; e && *e; e++) printf("%s\n", *e);
    return 0;
  }
  execvp(argv[i], argv + i);
  fprintf(stderr, "env: '%s': No such file or directory\n", argv[i]);
  return 127;
}
