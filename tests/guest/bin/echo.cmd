echo
hello
two words
-n
