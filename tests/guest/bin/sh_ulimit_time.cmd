sh
-c
ulimit -n 40; ulimit -n; ulimit -a | grep -c open; ulimit -u 100; ulimit -u; time true; echo $?
