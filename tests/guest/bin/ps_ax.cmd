ps
ax
