# Runs one guest program under an emulator and checks it (ctest helper).
#   -DEMULATOR=qemu-riscv32 -DPROGRAM=path -DEXPECTED=path.out
#   [-DEXPECTED_REGEX=path.regex] [-DSTATUS=0|timeout] [-DTIMEOUT=seconds]
# stdout is a pipe here, so the guest's stdout is fully buffered.
if(NOT DEFINED STATUS)
  set(STATUS 0)
endif()
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 20)
endif()
get_filename_component(workdir ${PROGRAM} DIRECTORY)
execute_process(
  COMMAND ${EMULATOR} ${PROGRAM}
  WORKING_DIRECTORY ${workdir}
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc
  TIMEOUT ${TIMEOUT})
if(STATUS STREQUAL "timeout")
  if(NOT rc MATCHES "timeout|Process terminated")
    message(FATAL_ERROR "expected a timeout, got exit status '${rc}'\nstdout:\n${out}\nstderr:\n${err}")
  endif()
elseif(NOT "${rc}" STREQUAL "${STATUS}")
  message(FATAL_ERROR "exit status '${rc}', expected '${STATUS}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(EXPECTED_REGEX)
  file(READ ${EXPECTED_REGEX} regex)
  string(STRIP "${regex}" regex)
  string(STRIP "${out}" stripped)
  if(NOT stripped MATCHES "^${regex}$")
    message(FATAL_ERROR "stdout does not match ${EXPECTED_REGEX}\n--- got:\n${out}")
  endif()
else()
  file(READ ${EXPECTED} want)
  if(NOT out STREQUAL want)
    file(WRITE ${PROGRAM}.actual "${out}")
    message(FATAL_ERROR "stdout differs from ${EXPECTED} (got ${PROGRAM}.actual)\n--- got:\n${out}\n--- want:\n${want}\nstderr:\n${err}")
  endif()
endif()
