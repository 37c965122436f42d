#!/bin/sh
# Run by exec_family. A script, not a RISC-V ELF: under qemu-user, execve
# goes to the host kernel, which can run scripts but not guest ELFs (no
# binfmt_misc). The kernel passes the script path as $0, so only the
# arguments after argv[0] show.
printf 'exec_target:'
printf ' [%s]' "$@"
echo " FORKLAB_VAR=${FORKLAB_VAR:-(unset)}"
exit 3
