#!/bin/sh
# Run by exec_family and spawn_clone. A script, not a RISC-V ELF: under
# qemu-user, execve goes to the host kernel, which can run scripts but not
# guest ELFs (no binfmt_misc). Written for any POSIX sh, ForkLab's included.
echo "exec_target: $* FORKLAB_VAR=${FORKLAB_VAR:-(unset)}"
exit 3
