grep
-c
tty
ps_ax.txt
