# Runs `forklab lesson check` on one lesson.
#   -DFORKLAB=... -DLESSON=lessons/X.md                 every check must pass
#   -DFORKLAB=... -DLESSON=... -DMUTATION=tests/lessons/X.mutation
#       the lesson in a changed setting: the first line of the mutation file
#       holds the options (@DIR@ is tests/lessons), each further line a check
#       that must now FAIL, and the run must exit 1.
if(NOT MUTATION)
  execute_process(COMMAND ${FORKLAB} lesson check ${LESSON}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lesson check failed (exit ${rc}):\n${out}\n${err}")
  endif()
  message("${out}")
  return()
endif()

file(STRINGS ${MUTATION} lines)
list(POP_FRONT lines options)
get_filename_component(dir ${MUTATION} DIRECTORY)
string(REPLACE "@DIR@" "${dir}" options "${options}")
separate_arguments(options UNIX_COMMAND "${options}")
execute_process(COMMAND ${FORKLAB} lesson check ${LESSON} ${options}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "expected exit 1 (a check fails) with ${options}, got ${rc}:\n${out}\n${err}")
endif()
foreach(line ${lines})
  if(line STREQUAL "")
    continue()
  endif()
  string(FIND "${out}" "  FAIL ${line}  (" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "expected this check to fail: ${line}\n--- got:\n${out}")
  endif()
endforeach()
message("${out}")
