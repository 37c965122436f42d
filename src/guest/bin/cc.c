/* cc: the C compiler. It runs on the host, behind ForkLab's one private
 * system call (abi/syscall.h ABI_SYS_forklab_host, op ABI_HOST_CC): the
 * kernel hands our arguments to the compiler, which reads and writes the
 * files in the VFS and prints diagnostics to our stderr. */
#include <abi/abi.h>
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long r = syscall(ABI_SYS_forklab_host, ABI_HOST_CC, argv, argc);
  if (r < 0) {
    if (errno == ENOSYS)
      fprintf(stderr, "cc: no compiler here (the ForkLab host service is missing)\n");
    else
      perror("cc");
    return 1;
  }
  return (int)r;
}
