# ( subshell ), { group; }, test / [ ], ulimit, time, if/while/until/for.
(cd /tmp; pwd)
pwd
{ cd /tmp; echo "a group runs in the shell itself"; }
pwd
cd
(echo a; echo b) | grep b
{ echo x; echo y; } > /tmp/g; cat /tmp/g
(exit 3); echo "subshell status: $?"
(X=inner); echo "a subshell's variables vanish: [$X]"
(sleep 1; echo "background subshell") & wait
echo "nested: $(echo outer $(echo inner))"
echo "--- test and ["
[ -d /tmp ] && echo "-d /tmp"
[ -f /tmp ] || echo "not -f /tmp"
[ -e /nope ]; echo "-e /nope: $?"
test 3 -lt 5 && echo "3 -lt 5"
[ abc = abc ] && [ abc != abd ] && echo "string compare"
[ -z "" -a -n x ] && echo "-a joins"
[ 1 = 2 -o 2 = 2 ] && echo "-o joins"
[ ! -e /nope ] && echo "! negates"
[ 1 -eq ] 2>/dev/null; echo "bad expression: $?"
echo "--- ulimit: a process limit makes fork fail with EAGAIN"
(ulimit -u 5; ulimit -u; sh -c 'sh -c "sh -c \"sh -c true\""') 2>&1 | grep -v 'Resource temporarily'
(ulimit -u 5; sh -c 'sh -c "sh -c \"sh -c true\""') 2>&1 | grep -c 'fork: Resource temporarily unavailable'
ulimit -u
echo "--- time"
(time sleep 2) 2>&1 | grep real
echo "--- if, while, until, for"
for i in 1 2 3; do echo "i=$i"; done
for f in /bin/s*
do
  echo "file $f"
done
if [ -d /tmp ]; then echo "tmp is a dir"; else echo no; fi
if false; then echo a; elif true; then echo "elif taken"; else echo c; fi
if false; then echo a; fi; echo "if with no branch taken: $?"
n=
while [ "$n" != xxx ]; do n=${n}x; echo "n=$n"; done
until [ -e /tmp/stop ]; do echo "until runs once"; echo > /tmp/stop; done
for i in a b; do echo $i; done | grep b
sh -c 'for x; do echo "arg: $x"; done' sh A B
echo "nested:"; for a in 1 2; do for b in x y; do echo -n "$a$b "; done; done; echo
for i in 1 2 3; do sleep 1 & done; wait; echo "three background sleeps in a loop"
