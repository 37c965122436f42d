grep
[z]ombie
ps_ax.txt
