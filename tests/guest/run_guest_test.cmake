# Runs one guest program under an emulator and checks it (ctest helper).
#   -DEMULATOR=qemu-riscv32 -DPROGRAM=path -DEXPECTED=path.out
#   [-DEXPECTED_REGEX=path.regex] [-DEXPECTED_LINES=path.lines]
#   [-DSTATUS=0|timeout] [-DTIMEOUT=seconds]
# EXPECTED_LINES: each line of the file is a regex that some whole line of
# the output must match (for long outputs that depend on the host).
#   [-DTTY=1] [-DARGS_FILE=file] [-DINPUT=file] [-DWORKDIR=dir]
# ARGS_FILE: line 1 names the program (ignored here), each further line is
# one argument.
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
set(args)
if(ARGS_FILE)
  # No list() calls on these lines: they would split them at ';'.
  file(STRINGS ${ARGS_FILE} lines)
  set(first TRUE)
  foreach(line IN LISTS lines)
    if(first) # the program name
      set(first FALSE)
      continue()
    endif()
    string(REPLACE ";" "\\;" line "${line}") # keep ';' inside one argument
    list(APPEND args "${line}")
  endforeach()
endif()
set(input_option)
if(INPUT)
  set(input_option INPUT_FILE ${INPUT})
endif()
# The argument list is expanded once, right here: a second expansion (say
# through another variable) would split arguments at their ';'.
if(TTY)
  string(REPLACE ";" " " emulator_line "${EMULATOR}")  # one command line for script -c
  execute_process(
    COMMAND script -q -e -c "${emulator_line} ${PROGRAM}" /dev/null
    WORKING_DIRECTORY ${workdir}
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    RESULT_VARIABLE rc
    TIMEOUT ${TIMEOUT})
else()
  execute_process(
    COMMAND ${EMULATOR} ${PROGRAM} ${args}
    WORKING_DIRECTORY ${workdir}
    ${input_option}
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    RESULT_VARIABLE rc
    TIMEOUT ${TIMEOUT})
endif()
if(TTY)
  string(REPLACE "\r" "" out "${out}")
  # When its own stdin ends, script(1) types an end-of-file byte (NUL when
  # the terminal is not in canonical mode); the terminal echoes it as "^@"
  # if the program is still running. An artifact of the harness.
  string(REPLACE "^@" "" out "${out}")
endif()
if(STATUS STREQUAL "timeout")
  if(NOT rc MATCHES "timeout|Process terminated")
    message(FATAL_ERROR "expected a timeout, got exit status '${rc}'\nstdout:\n${out}\nstderr:\n${err}")
  endif()
elseif(NOT "${rc}" STREQUAL "${STATUS}")
  message(FATAL_ERROR "exit status '${rc}', expected '${STATUS}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(EXPECTED_LINES)
  file(STRINGS ${EXPECTED_LINES} patterns)
  string(REPLACE ";" "\\;" escaped "${out}")
  string(REPLACE "\n" ";" out_lines "${escaped}")
  foreach(pattern IN LISTS patterns)
    set(found FALSE)
    foreach(line IN LISTS out_lines)
      if(line MATCHES "^${pattern}$")
        set(found TRUE)
        break()
      endif()
    endforeach()
    if(NOT found)
      message(FATAL_ERROR "no line of the output matches '${pattern}'\n--- got:\n${out}")
    endif()
  endforeach()
elseif(EXPECTED_REGEX)
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
