sh
-c
sleep 0.1 & echo started; wait; echo done; nosuch 2>/dev/null; echo $?
