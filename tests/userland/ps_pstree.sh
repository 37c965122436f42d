# ps and pstree read our kernel's /proc. A zombie without compiling one:
# the inner sh starts `sleep 1` in the background, then execs `sleep 10`,
# which never waits, so when `sleep 1` exits it stays a zombie.
sh -c 'sleep 1 & exec sleep 10' &
sleep 3
echo "--- ps ax | grep [s]leep: one S, one Z with [sleep] <defunct>"
ps ax | grep -c '^ *[0-9][0-9]* pts/0    S+     0:00 sleep 10$'
ps ax | grep -c '^ *[0-9][0-9]* pts/0    Z+     0:00 \[sleep\] <defunct>$'
echo "--- the headers of each format"
ps | grep '^  PID'
ps ax | grep '^  PID'
ps -ef | grep '^UID'
ps aux | grep '^USER'
ps -l | grep '^F S'
echo "--- ps -o, selected by name"
ps -o stat,wchan,ni,comm,args -C sleep
echo "--- ps -p \$\$ names this shell; its parent is init"
ps -o pid= -p $$ | grep -c "^ *$$\$"
ps -o ppid=,comm= -p $$
echo "--- ps (this terminal's processes)"
ps -o tname,comm
echo "--- pstree"
pstree
pstree -p | grep -c '^init(1)---sh('
