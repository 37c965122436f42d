/* The C side of process start-up: read argc/argv/envp/auxv where execve put
 * them (abi/process.h), run main, exit with its result. stdio needs no
 * set-up: its streams are static and decide their buffering lazily. */
#include "internal.h"
#include <stdlib.h>

int main(int argc, char **argv, char **envp);

char **environ;
unsigned long *__auxv;

unsigned long __getauxval(unsigned long type) {
  for (unsigned long *a = __auxv; a && a[0] != ABI_AT_NULL; a += 2)
    if (a[0] == type) return a[1];
  return 0;
}

void __libc_start_main(long *sp) {
  int argc = (int)sp[0];
  char **argv = (char **)(sp + 1);
  char **envp = argv + argc + 1;
  char **p = envp;
  while (*p) p++;
  __auxv = (unsigned long *)(p + 1);
  environ = envp;
  exit(main(argc, argv, envp));
}
