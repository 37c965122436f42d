# Pipelines of any length, && and ||, ! and exit statuses.
echo one two | grep two
echo one two | grep three; echo "grep found nothing: $?"
echo abc | cat | cat | cat | grep b
echo first
echo line | grep -c line | cat
true && echo "&& after success runs"
false && echo "never printed"
false || echo "|| after failure runs"
true || echo "never printed"
false && echo no || echo "a && b || c: c runs"
true &&
  echo "an operator at the end of a line continues the command"
echo left |
  cat
! true; echo "! true: $?"
! false; echo "! false: $?"
# The status of a pipeline is the status of its last command.
false | true; echo "false | true: $?"
true | false; echo "true | false: $?"
# A reader that exits early: the writer gets SIGPIPE, the pipeline still ends.
cat /bin/sh /bin/sh /bin/sh | grep -c nothing-like-this
echo a; echo b; echo c
sh -c 'exit 7'; echo "exit 7: $?"
sh -c 'kill -9 $$'; echo "killed by SIGKILL: $?"
