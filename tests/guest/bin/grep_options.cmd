grep
-n
-i
-v
DEFUNCT
ps_ax.txt
