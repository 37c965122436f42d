# trace PID: the system calls of a running process, one line as each
# finishes (the subshell forks `cat` and `echo`: clone, then wait4), then
# "+++ PID exited +++". grep -v keeps out the addresses of wait4's status.
(sleep 1; cat /nonexistent 2>/dev/null; echo hi > /dev/null; exit 3) &
trace $! > /tmp/trace.out
grep -c '^clone(17, 0, 0) = [0-9]*$' /tmp/trace.out
grep -c '^wait4([0-9]*, 0x[0-9a-f]*, 0) = [0-9]*$' /tmp/trace.out
grep '^+++' /tmp/trace.out | grep -c 'exited +++$'
wait $!; echo "traced process exited with $?"
trace 99999; echo "no such process: $?"
