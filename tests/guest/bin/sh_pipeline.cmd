sh
-c
echo one two | grep two; false || echo or $?; true && echo and
