# echo, cat, ls, kill, sleep, true, false; sh reading a script or stdin.
echo plain
echo -n "no newline"; echo "|"
echo
echo a   b "c  d"
echo first > /tmp/one; echo second > /tmp/two
cat /tmp/one /tmp/two
echo piped | cat - /tmp/one
cat /tmp/one /nonexistent /tmp/two 2>/dev/null; echo "cat with a missing file: $?"
cat /nonexistent 2>&1 | cat
true; echo "true: $?"
false; echo "false: $?"
echo "--- ls"
cd /tmp
echo x > b.txt; echo y > a.txt; echo z > .hidden
ls
echo "--- ls -a"
ls -a
echo "--- ls -l a.txt"
ls -l a.txt | grep -c '^-rw-r--r-- 1 [a-z0-9]* *[a-z0-9]* *2 ... .. ..:.. a.txt$'
ls -ld /tmp | grep -c '^drwxrwxrwt '
ls /nonexistent 2>/dev/null; echo "ls of a missing file: $?"
ls *.txt
echo "glob with no match stays: " nomatch*
cd
echo "--- kill"
kill -l
kill -l 9
kill -l 143
sleep 100 &
kill $!
wait $!; echo "SIGTERM: $?"
sleep 100 &
kill -9 $!
wait $!; echo "kill -9: $?"
sleep 100 &
kill -SIGHUP $!
wait $!; echo "kill -SIGHUP: $?"
sleep 100 &
kill -s USR1 $!
wait $!; echo "kill -s USR1: $?"
kill 9999 2>&1 | cat
kill -FOO 1 2>&1 | cat
echo "--- sleep"
sleep 0.5 && echo "fractional sleep ok"
sleep 1x 2>&1 | cat
echo "--- sh reads a script file and stdin"
echo 'echo "from a script: $1 $2"' > /tmp/script.sh
sh /tmp/script.sh one two
echo 'echo from stdin' | sh
echo 'echo line1
echo line2' | sh
echo 'exit 3' | sh; echo "exit status through stdin: $?"
nosuch 2>&1 | cat
/bin/nosuch 2>&1 | cat
/tmp 2>&1 | cat
