# Runs a command and checks its exit status and output (golden CLI tests).
#   cmake -DCOMMAND="prog@@arg@@..." -DSTATUS=N [-DSTDOUT_REGEX=re] [-DSTDERR_REGEX=re]
#         [-DFILE=path -DFILE_REGEX=re] -P expect_run.cmake
string(REPLACE "@@" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
                INPUT_FILE /dev/null TIMEOUT 60)
if(NOT "${rc}" STREQUAL "${STATUS}")
  message(FATAL_ERROR "exit status ${rc}, expected ${STATUS}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
  message(FATAL_ERROR "stdout does not match '${STDOUT_REGEX}':\n${out}")
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match '${STDERR_REGEX}':\n${err}")
endif()
if(DEFINED FILE)
  file(READ ${FILE} text)
  if(NOT text MATCHES "${FILE_REGEX}")
    message(FATAL_ERROR "${FILE} does not match '${FILE_REGEX}':\n${text}")
  endif()
endif()
