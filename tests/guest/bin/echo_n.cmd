echo
-n
no
newline
