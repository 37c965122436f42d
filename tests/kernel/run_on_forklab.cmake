# Runs a guest test program on ForkLab's own kernel instead of qemu-riscv32,
# with the same expectations (tests/guest/NAME.out, NAME.status).
#   cmake -DFORKLAB=path/to/forklab -DPROGRAM=... -DEXPECTED=... -P run_on_forklab.cmake
set(EMULATOR ${FORKLAB} run --max-insns 4000000000)
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 60)  # our interpreter is slower than qemu's JIT; CI machines may be busy
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../guest/run_guest_test.cmake)
