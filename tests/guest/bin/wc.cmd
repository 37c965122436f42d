wc
sample.txt
ps_ax.txt
