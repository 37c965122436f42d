/* exec of files that are not programs: each fails with Linux's errno and
 * the process goes on. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *name(int e) {
  switch (e) {
    case ENOEXEC: return "ENOEXEC";
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EFAULT: return "EFAULT";
    case ENOMEM: return "ENOMEM";
    case E2BIG: return "E2BIG";
    case ELOOP: return "ELOOP";
    default: return strerror(e);
  }
}

static void put(const char *path, const void *bytes, size_t n, int mode) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  write(fd, bytes, n);
  close(fd);
  chmod(path, mode);
}

static void try_exec(const char *what, const char *path) {
  char *argv[] = {(char *)path, 0};
  char *envp[] = {0};
  execve(path, argv, envp);
  printf("%s: %s\n", what, name(errno));
}

int main(void) {
  unsigned char junk[4096];
  unsigned x = 12345;
  for (size_t i = 0; i < sizeof junk; i++) junk[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 16);
  put("/tmp/junk", junk, sizeof junk, 0755);
  try_exec("random bytes", "/tmp/junk");

  /* An ELF header with nonsense after it: program headers far out of the file. */
  unsigned char elf[52] = {0x7f, 'E', 'L', 'F', 1, 1, 1};
  elf[16] = 2;                   /* ET_EXEC */
  elf[18] = 0xf3;                /* EM_RISCV */
  elf[20] = 1;                   /* EV_CURRENT */
  elf[28] = 0xff; elf[29] = 0xff; elf[30] = 0xff; elf[31] = 0x7f; /* e_phoff */
  elf[42] = 32; elf[44] = 0xff; elf[45] = 0xff;                  /* 65535 phdrs */
  put("/tmp/badelf", elf, sizeof elf, 0755);
  try_exec("bad ELF header", "/tmp/badelf");
  put("/tmp/empty", "", 0, 0755);
  try_exec("empty file", "/tmp/empty");
  put("/tmp/noexec", junk, 16, 0644);
  try_exec("not executable", "/tmp/noexec");
  try_exec("a directory", "/tmp");
  try_exec("missing", "/tmp/none");
  put("/tmp/script", "#!/no/such/interpreter\n", 23, 0755);
  try_exec("script, missing interpreter", "/tmp/script");
  put("/tmp/loop", "#!/tmp/loop\n", 12, 0755);
  try_exec("script running itself", "/tmp/loop");
  char *bad_argv[] = {"x", (char *)0x40000000, 0};
  execve("/tmp/junk", bad_argv, 0);
  printf("bad argv pointer: %s\n", name(errno));
  execve((const char *)0x7FFFFFFF, bad_argv, 0);
  printf("bad path pointer: %s\n", name(errno));
  printf("still running\n");
  return 0;
}
