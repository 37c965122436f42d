# An interactive shell (-i, as on the terminal): prompts and job messages
# go to stderr; "[1] PID" when a job starts, "[1]+  Done" at the next
# prompt after it ends.
echo 'sleep 1 &
sleep 2
false &
sleep 1
echo "the jobs were reaped"' | sh -i 2>&1 | grep -v '^$' > /tmp/session
grep -c '^\$ \[1\] [0-9][0-9]*$' /tmp/session
grep -c '^\$ \[1\]+  Done                    sleep 1$' /tmp/session
grep -c '^\$ \[1\]+  Exit 1                  false$' /tmp/session
grep 'reaped' /tmp/session
# A syntax error does not end an interactive shell; it does end a script.
echo 'echo a |
| echo b
echo still here' | sh -i 2>&1 | grep -c 'still here'
echo 'echo a; ;; echo b
echo not reached' | sh 2>/dev/null; echo "non-interactive syntax error: $?"
