ps
-e
-o
pid,ppid,stat,ni,uid,cmd
