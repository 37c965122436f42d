# Background jobs with &, $!, and the wait builtin. The clock is virtual,
# so the sleeps order the output without costing real time.
sleep 2 && echo "background and-list done" &
sleep 1 && echo "second done first" &
echo "the shell does not wait for & jobs"
wait
echo "wait with no operand waited for both"
sleep 1 &
pid=$!
wait $pid
echo "wait \$! returned $?"
sh -c 'sleep 1; exit 3' &
wait $!
echo "wait returns the job's status: $?"
sh -c 'exit 5' &
p=$!
sleep 1
echo "a finished job is still remembered:"
wait $p; echo $?
wait 99999; echo "unknown pid: $?"
echo one > /tmp/order & wait; cat /tmp/order
# fg waits for a job (printing its command); bg sends SIGCONT.
sleep 2 && echo "fg waited for the job" &
fg %1
echo "fg status: $?"
sh -c 'exit 4' &
sleep 1
fg; echo "fg of a finished job: $?"
fg %7 2>/dev/null; echo "fg of no job: $?"
sleep 1 &
kill -STOP $!
bg > /dev/null
wait; echo "bg let the stopped job finish"
echo end
