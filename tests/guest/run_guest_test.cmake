# Runs one guest program under an emulator and checks it (ctest helper).
#   -DEMULATOR=qemu-riscv32 -DPROGRAM=path -DEXPECTED=path.out
#   [-DEXPECTED_REGEX=path.regex] [-DSTATUS=0|timeout] [-DTIMEOUT=seconds]
#   [-DTTY=1] [-DARGS=a|b|c] [-DINPUT=file] [-DWORKDIR=dir]
# stdout is a pipe here, so the guest's stdout is fully buffered; with TTY
# the program runs on a pseudo-terminal (script(1)), where it is line
# buffered, and the terminal's \r\n line ends are turned back into \n.
if(NOT DEFINED STATUS)
  set(STATUS 0)
endif()
if(NOT DEFINED TIMEOUT)
  set(TIMEOUT 20)
endif()
get_filename_component(workdir ${PROGRAM} DIRECTORY)
if(WORKDIR)
  set(workdir ${WORKDIR})
endif()
string(REPLACE "|" ";" args "${ARGS}")
set(command ${EMULATOR} ${PROGRAM} ${args})
set(input_option)
if(INPUT)
  set(input_option INPUT_FILE ${INPUT})
endif()
if(TTY)
  set(command script -q -e -c "${EMULATOR} ${PROGRAM}" /dev/null)
endif()
execute_process(
  COMMAND ${command}
  WORKING_DIRECTORY ${workdir}
  ${input_option}
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc
  TIMEOUT ${TIMEOUT})
if(TTY)
  string(REPLACE "\r" "" out "${out}")
endif()
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
