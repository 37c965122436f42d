grep
nothing-like-this
ps_ax.txt
